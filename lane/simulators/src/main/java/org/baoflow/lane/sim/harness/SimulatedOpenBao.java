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
import org.baoflow.lane.sim.bao.selfinit.SelfInit;
import org.baoflow.lane.sim.bao.transit.TransitSealOpener;

/**
 * The lane's OpenBao, whole: every pod of every lane cluster runs a simulated node with the secret
 * engines, self-initialization, static and transit seals, and Kubernetes auth reviewing tokens
 * against the pod's own cluster. The nodes of all clusters share one network (so a join finds its
 * leader by address) and the system clock. Pass {@link #launchers()} to {@link
 * Lane.Builder#openBao}.
 */
public final class SimulatedOpenBao {
  /** The version a node reports when its image has no tag. */
  static final String DEFAULT_VERSION = "2.6.2";

  private static final String DEFAULT_COMMIT_DATE = "2026-08-20T09:00:00Z";

  private SimulatedOpenBao() {}

  /** A launcher per lane cluster, all on one simulated network. */
  public static Function<LaneClusterContext, NodeLauncher> launchers() {
    BaoNetwork network = new BaoNetwork();
    Clock clock = Clock.systemUTC();
    SecretEngines engines = new SecretEngines(clock);
    LogicalBackend backend = engines::handle;
    return context ->
        new SimNodeLauncher(
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
}
