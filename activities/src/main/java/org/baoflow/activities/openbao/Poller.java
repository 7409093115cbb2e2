package org.baoflow.activities.openbao;

import io.temporal.activity.Activity;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Looks again every poll interval until a check is done, heartbeating with what it waits for, so
 * the Temporal UI shows it and a cancelled or timed-out attempt stops at the next heartbeat.
 * Failures that mean "not yet" ({@link NotYet}) are waited out; others end the attempt.
 */
final class Poller {
  private final Duration interval;

  Poller(Duration interval) {
    this.interval = interval;
  }

  /** Runs {@code check} until it is done and returns its value; {@code what} names the wait. */
  <T> T await(String what, Supplier<Check<T>> check) {
    while (true) {
      String status;
      try {
        Check<T> look = check.get();
        if (look.isDone()) {
          return look.value();
        }
        status = "waiting for " + what + ": " + look.missing();
      } catch (RuntimeException e) {
        if (!NotYet.is(e)) {
          throw e;
        }
        status = "waiting for " + what + ": " + e.getMessage();
      }
      Activity.getExecutionContext().heartbeat(status);
      pause();
    }
  }

  private void pause() {
    try {
      Thread.sleep(interval.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }
}
