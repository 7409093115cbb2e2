package org.baoflow.lane.sim.bao;

import java.time.Clock;
import java.util.function.Supplier;
import org.baoflow.lane.sim.LaneTiming;

/**
 * What the nodes of a lane share: the network joins travel over, the clock and delays, the version
 * they report, and how a new cluster gets its token store.
 *
 * @param commitDate the {@code commit_date} of that version, RFC 3339
 */
public record NodeEnvironment(
    BaoNetwork network,
    Clock clock,
    LaneTiming timing,
    String version,
    String commitDate,
    Supplier<Authorizer> authorizers) {

  /** A lane of OpenBao 2.6.2 with root-token-only authorization. */
  public static NodeEnvironment of(BaoNetwork network, Clock clock, LaneTiming timing) {
    return new NodeEnvironment(
        network, clock, timing, "2.6.2", "2026-08-20T09:00:00Z", RootTokenAuthorizer::new);
  }
}
