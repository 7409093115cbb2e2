package org.baoflow.workflows.cluster;

import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.TimerOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;

/**
 * The durable timer that makes a converge due when the server certificate should be renewed. At
 * most one is armed; arming it for another time cancels the previous one. Its summary names the
 * time in UTC, so the Temporal UI timeline shows what the cluster waits for.
 */
final class CertificateRenewalTimer {
  private long armedFor;
  private CancellationScope timer;
  private boolean due;

  /** Arms the timer for {@code renewAtMillis}; 0 disarms it, a time already past is due now. */
  void arm(long renewAtMillis) {
    if (armedFor == renewAtMillis) {
      return;
    }
    if (timer != null) {
      timer.cancel();
      timer = null;
    }
    armedFor = renewAtMillis;
    if (renewAtMillis <= 0) {
      return;
    }
    long delay = renewAtMillis - Workflow.currentTimeMillis();
    if (delay <= 0) {
      due = true;
      return;
    }
    TimerOptions options =
        TimerOptions.newBuilder()
            .setSummary("certificate renewal at " + Instant.ofEpochMilli(renewAtMillis))
            .build();
    timer =
        Workflow.newCancellationScope(
            () ->
                Workflow.newTimer(Duration.ofMillis(delay), options)
                    .handle(
                        (fired, cancelled) -> {
                          if (cancelled == null && armedFor == renewAtMillis) {
                            due = true;
                          }
                          return null;
                        }));
    timer.run();
  }

  /** Whether a renewal is due and no converge has taken it yet. */
  boolean due() {
    return due;
  }

  /** A converge takes the due renewal. */
  void taken() {
    due = false;
  }
}
