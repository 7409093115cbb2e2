package org.baoflow.lane.sim.bao;

import java.time.Duration;
import java.util.OptionalInt;

/** A running OpenBao server process, as its container runtime sees it. */
public interface LaunchedNode {

  /** The loopback port its HTTPS API listens on. */
  int port();

  /**
   * The exit code once the process ended on its own, e.g. 1 after a failed self-initialization;
   * empty while it runs.
   */
  OptionalInt exitCode();

  /** Stops the process (SIGTERM), waiting up to {@code gracePeriod}. The data directory stays. */
  void stop(Duration gracePeriod);
}
