package org.baoflow.lane.sim.kubelet;

import java.time.Duration;

/**
 * The kubelet's clocks. The lane runs them in milliseconds; a test that wants real Kubernetes
 * timing passes seconds.
 *
 * @param probeInterval how often readiness is probed and the reconcile loop runs without events
 * @param initialBackOff the wait before the first restart of a crashed container or the next pull
 * @param maxBackOff the cap of the doubling back-off
 * @param gracePeriod how long a deleted pod's container may take to stop
 */
public record KubeletTiming(
    Duration probeInterval, Duration initialBackOff, Duration maxBackOff, Duration gracePeriod) {

  /** The lane's default: fast enough for tests, slow enough to watch a back-off happen. */
  public static KubeletTiming lane() {
    return new KubeletTiming(
        Duration.ofMillis(20),
        Duration.ofMillis(50),
        Duration.ofMillis(400),
        Duration.ofMillis(500));
  }

  /** The wait before attempt {@code failures + 1}: doubling from the initial back-off, capped. */
  Duration backOff(int failures) {
    Duration wait = initialBackOff;
    for (int i = 1; i < failures && wait.compareTo(maxBackOff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackOff) > 0 ? maxBackOff : wait;
  }
}
