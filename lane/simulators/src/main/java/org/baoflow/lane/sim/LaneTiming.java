package org.baoflow.lane.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * The delays the lane's simulators wait where the real systems wait: OpenBao's raft and autopilot,
 * its auto-unseal loop, and the kubelet's probes and crash back-off. The lane runs on {@link
 * #fast()} so the suite stays quick; {@link #realistic()} is there for a test that must see real
 * time.
 *
 * @param electionDelay how long followers wait without a leader before one of them wins an election
 * @param stepDownHold how long a leader that stepped down stays out of the next election
 * @param autopilotStabilization how long a new node must stay healthy before autopilot promotes it
 *     to voter (autopilot's {@code server_stabilization_time})
 * @param autoUnsealRetry how long a node waits between attempts to auto-unseal
 * @param probePeriod the kubelet's interval between two runs of a probe ({@code periodSeconds})
 * @param crashBackOff the kubelet's first delay before restarting a crashed container; it doubles
 *     with every crash up to {@code crashBackOffMax}
 * @param crashBackOffMax the longest delay between two restarts of a crash-looping container
 * @param retryJoin how long an uninitialized node with {@code retry_join} stanzas waits between two
 *     rounds over its join candidates
 */
public record LaneTiming(
    Duration electionDelay,
    Duration stepDownHold,
    Duration autopilotStabilization,
    Duration autoUnsealRetry,
    Duration probePeriod,
    Duration crashBackOff,
    Duration crashBackOffMax,
    Duration retryJoin) {

  public LaneTiming {
    requirePositive(electionDelay, "electionDelay");
    requirePositive(stepDownHold, "stepDownHold");
    requirePositive(autopilotStabilization, "autopilotStabilization");
    requirePositive(autoUnsealRetry, "autoUnsealRetry");
    requirePositive(probePeriod, "probePeriod");
    requirePositive(crashBackOff, "crashBackOff");
    requirePositive(crashBackOffMax, "crashBackOffMax");
    requirePositive(retryJoin, "retryJoin");
    if (crashBackOffMax.compareTo(crashBackOff) < 0) {
      throw new IllegalArgumentException("crashBackOffMax must not be shorter than crashBackOff");
    }
  }

  /** Timing whose {@code retry_join} rounds come as often as the auto-unseal attempts. */
  public LaneTiming(
      Duration electionDelay,
      Duration stepDownHold,
      Duration autopilotStabilization,
      Duration autoUnsealRetry,
      Duration probePeriod,
      Duration crashBackOff,
      Duration crashBackOffMax) {
    this(
        electionDelay,
        stepDownHold,
        autopilotStabilization,
        autoUnsealRetry,
        probePeriod,
        crashBackOff,
        crashBackOffMax,
        autoUnsealRetry);
  }

  /**
   * The lane's default: every delay in milliseconds, still in the real order (an election is
   * quicker than a step-down hold, which is quicker than the crash back-off's ceiling), so
   * behaviour that depends on their order shows up in tests too.
   */
  public static LaneTiming fast() {
    return new LaneTiming(
        Duration.ofMillis(20),
        Duration.ofMillis(50),
        Duration.ofMillis(50),
        Duration.ofMillis(20),
        Duration.ofMillis(20),
        Duration.ofMillis(50),
        Duration.ofMillis(400),
        Duration.ofMillis(20));
  }

  /**
   * The real systems' defaults:
   *
   * <ul>
   *   <li>election 5 s: raft's 1 s heartbeat and election timeouts times OpenBao's default {@code
   *       performance_multiplier} of 5;
   *   <li>step-down hold 10 s: the active node gives up the lock and waits about 10 s before it can
   *       take it back ({@code sys/step-down});
   *   <li>autopilot stabilization 10 s: {@code server_stabilization_time}'s default;
   *   <li>auto-unseal retry 5 s: the server's unseal loop sleeps 5 s after a failed attempt;
   *   <li>probe period 10 s: Kubernetes' default {@code periodSeconds};
   *   <li>crash back-off 10 s doubling to 5 min: the kubelet's CrashLoopBackOff;
   *   <li>retry join 2 s: the raft backend's pause between two rounds of {@code retry_join}.
   * </ul>
   */
  public static LaneTiming realistic() {
    return new LaneTiming(
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(10),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(10),
        Duration.ofMinutes(5),
        Duration.ofSeconds(2));
  }

  /** The kubelet's delay before the restart that follows {@code crashes} crashes (1 or more). */
  public Duration crashBackOffAfter(int crashes) {
    if (crashes < 1) {
      throw new IllegalArgumentException("crashes must be at least 1, got " + crashes);
    }
    Duration delay = crashBackOff;
    for (int i = 1; i < crashes && delay.compareTo(crashBackOffMax) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(crashBackOffMax) > 0 ? crashBackOffMax : delay;
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + duration);
    }
  }
}
