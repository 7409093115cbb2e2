package org.baoflow.lane.sim.harness;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.baoflow.lane.sim.bao.BaoNetwork;
import org.baoflow.lane.sim.bao.LogicalBackend;
import org.baoflow.lane.sim.bao.NodeEnvironment;
import org.baoflow.lane.sim.bao.NodeLauncher;
import org.baoflow.lane.sim.bao.SimNodeLauncher;
import org.baoflow.lane.sim.bao.StaticSealOpener;
import org.baoflow.lane.sim.bao.engines.SecretEngines;
import org.baoflow.lane.sim.bao.faults.BaoFaults;
import org.baoflow.lane.sim.bao.selfinit.SelfInit;
import org.baoflow.lane.sim.bao.transit.TransitSealOpener;

/**
 * The lane's OpenBao, whole: every pod of every lane cluster runs a simulated node with the secret
 * engines, self-initialization, static and transit seals, and Kubernetes auth reviewing tokens
 * against the pod's own cluster. The nodes of each lane cluster share a network (a join finds its
 * leader by the cluster's DNS names), all share one set of endpoint faults and the system clock.
 * Pass {@link #launchers()} to {@link Lane.Builder#openBao}; the lane's {@link LaneFaults} then
 * reach its nodes.
 */
public final class SimulatedOpenBao implements Function<LaneClusterContext, NodeLauncher> {
  /** The version a node reports when its image has no tag. */
  static final String DEFAULT_VERSION = "2.6.2";

  private static final String DEFAULT_COMMIT_DATE = "2026-08-20T09:00:00Z";

  private final BaoFaults faults = new BaoFaults();
  private final Map<String, BaoNetwork> networks = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();
  private final LogicalBackend backend = new SecretEngines(clock)::handle;

  private SimulatedOpenBao() {}

  /** A launcher per lane cluster, each cluster on its own simulated network. */
  public static SimulatedOpenBao launchers() {
    return new SimulatedOpenBao();
  }

  /** The launcher of one lane cluster. */
  @Override
  public NodeLauncher apply(LaneClusterContext context) {
    return new SimNodeLauncher(
        new NodeEnvironment(
            network(context.name()),
            clock,
            context.timing(),
            DEFAULT_VERSION,
            DEFAULT_COMMIT_DATE,
            context.kubernetes().tokenAuthenticator()::review,
            backend,
            new StaticSealOpener(new TransitSealOpener())),
        new SelfInit()::run);
  }

  /** The network the nodes of lane cluster {@code cluster} run on. */
  public BaoNetwork network(String cluster) {
    return networks.computeIfAbsent(cluster, name -> new BaoNetwork(faults));
  }

  /** The endpoint faults every node's API server applies. */
  public BaoFaults faults() {
    return faults;
  }
}
