package org.baoflow.lane.sim.kubelet;

import java.time.Duration;
import java.util.function.Supplier;
import org.assertj.core.api.Assertions;

/** Polls a condition until it holds or a bounded wait runs out. */
public final class Eventually {
  private static final Duration LIMIT = Duration.ofSeconds(15);

  private Eventually() {}

  /** Waits until {@code value} yields a non-null result, and returns it. */
  public static <T> T await(String what, Supplier<T> value) {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (true) {
      T result = value.get();
      if (result != null) {
        return result;
      }
      if (System.nanoTime() > deadline) {
        return Assertions.fail("timed out after %s waiting for %s", LIMIT, what);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Assertions.fail("interrupted waiting for %s", what);
      }
    }
  }

  /** Waits until {@code condition} holds. */
  public static void until(String what, Supplier<Boolean> condition) {
    await(what, () -> Boolean.TRUE.equals(condition.get()) ? Boolean.TRUE : null);
  }
}
