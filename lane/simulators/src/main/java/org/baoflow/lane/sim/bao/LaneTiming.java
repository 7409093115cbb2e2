package org.baoflow.lane.sim.bao;

import java.time.Duration;
import java.util.Objects;

/**
 * The simulated delays of an OpenBao cluster: how long a leaderless raft waits before electing, how
 * long a node that stepped down stays out of elections, and how long a new server must be healthy
 * before autopilot promotes it to voter.
 */
public record LaneTiming(
    Duration electionDelay, Duration stepDownHold, Duration autopilotStabilization) {

  /** Rejects missing or negative durations. */
  public LaneTiming {
    for (Duration duration : new Duration[] {electionDelay, stepDownHold, autopilotStabilization}) {
      if (Objects.requireNonNull(duration, "duration").isNegative()) {
        throw new IllegalArgumentException("a lane delay cannot be negative: " + duration);
      }
    }
  }

  /** OpenBao's own defaults: elections within a second or two, a 10 s hold, 10 s stabilization. */
  public static LaneTiming realistic() {
    return new LaneTiming(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(10));
  }

  /** The lane's default: every delay a few milliseconds so a test suite stays fast. */
  public static LaneTiming fast() {
    return new LaneTiming(Duration.ofMillis(5), Duration.ofMillis(20), Duration.ofMillis(10));
  }
}
