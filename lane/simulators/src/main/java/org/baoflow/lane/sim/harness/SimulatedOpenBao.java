package org.baoflow.lane.sim.harness;

import java.time.Clock;
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
 * against the pod's own cluster. The nodes of all clusters share one network (so a join finds its
 * leader by address, and one set of endpoint faults applies to all) and the system clock. Pass
 * {@link #launchers()} to {@link Lane.Builder#openBao}; the lane's {@link LaneFaults} then reach
 * its nodes.
 */
public final class SimulatedOpenBao implements Function<LaneClusterContext, NodeLauncher> {
  /** The version a node reports when its image has no tag. */
  static final String DEFAULT_VERSION = "2.6.2";

  private static final String DEFAULT_COMMIT_DATE = "2026-08-20T09:00:00Z";

  private final BaoNetwork network = new BaoNetwork();
  private final Clock clock = Clock.systemUTC();
  private final LogicalBackend backend = new SecretEngines(clock)::handle;

  private SimulatedOpenBao() {}

  /** A launcher per lane cluster, all on one simulated network. */
  public static SimulatedOpenBao launchers() {
    return new SimulatedOpenBao();
  }

  /** The launcher of one lane cluster. */
  @Override
  public NodeLauncher apply(LaneClusterContext context) {
    return new SimNodeLauncher(
        new NodeEnvironment(
            network,
            clock,
            context.timing(),
            DEFAULT_VERSION,
            DEFAULT_COMMIT_DATE,
            context.kubernetes().tokenAuthenticator()::review,
            backend,
            new StaticSealOpener(new TransitSealOpener())),
        new SelfInit()::run);
  }

  /** The network every node of the lane runs on. */
  public BaoNetwork network() {
    return network;
  }

  /** The endpoint faults every node's API server applies. */
  public BaoFaults faults() {
    return network.faults();
  }
}
