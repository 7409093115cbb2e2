package org.baoflow.lane.sim.s3;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes the next N requests to the lane's S3 endpoint fail, for the reliability tests. Every HTTP
 * request counts once, whatever its operation; requests after the N-th are served normally.
 * Thread-safe.
 */
public final class S3FaultInjector {

  private record Pending(int remaining, S3Fault fault) {}

  private static final Pending NONE = new Pending(0, S3Fault.SLOW_DOWN);

  private final AtomicReference<Pending> pending = new AtomicReference<>(NONE);
  private final AtomicLong injected = new AtomicLong();

  S3FaultInjector() {}

  /**
   * Makes the next {@code count} requests fail with {@code fault}, replacing any failures still
   * pending.
   *
   * @param count how many requests fail, at least 1
   * @param fault the error those requests receive
   */
  public void failNext(int count, S3Fault fault) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, got " + count);
    }
    pending.set(new Pending(count, Objects.requireNonNull(fault, "fault")));
  }

  /** Drops failures still pending: the next request is served normally. */
  public void clear() {
    pending.set(NONE);
  }

  /** How many of the requested failures have not happened yet. */
  public int remaining() {
    return pending.get().remaining();
  }

  /** How many requests this injector has failed since the endpoint started. */
  public long injectedCount() {
    return injected.get();
  }

  /**
   * Claims one pending failure for the request being served, if any is left; the claim is atomic so
   * concurrent requests never fail more than N times in total.
   */
  Optional<S3Fault> claim() {
    Pending before =
        pending.getAndUpdate(
            current ->
                current.remaining() == 0
                    ? current
                    : new Pending(current.remaining() - 1, current.fault()));
    if (before.remaining() == 0) {
      return Optional.empty();
    }
    injected.incrementAndGet();
    return Optional.of(before.fault());
  }
}
