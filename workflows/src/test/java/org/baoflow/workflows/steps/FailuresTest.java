package org.baoflow.workflows.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.enums.v1.RetryState;
import io.temporal.api.enums.v1.TimeoutType;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.TimeoutFailure;
import org.junit.jupiter.api.Test;

class FailuresTest {
  private static ActivityFailure activityFailure(Throwable cause) {
    return new ActivityFailure(
        "Activity failed",
        5,
        6,
        "AwaitPods",
        "id",
        RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE,
        "worker",
        cause);
  }

  @Test
  void anActivitysTypedFailureGivesItsTypeAndOwnMessage() {
    ActivityFailure failure =
        activityFailure(
            ApplicationFailure.newNonRetryableFailure("pod dev-0: CrashLoopBackOff", "PodFailure"));

    assertThat(Failures.reason(failure)).isEqualTo("PodFailure");
    assertThat(Failures.message(failure)).isEqualTo("pod dev-0: CrashLoopBackOff");
    assertThat(Failures.cancellation(failure)).isFalse();
  }

  @Test
  void aTimeoutIsNamedSo() {
    ActivityFailure failure =
        activityFailure(new TimeoutFailure("heartbeat", null, TimeoutType.TIMEOUT_TYPE_HEARTBEAT));

    assertThat(Failures.reason(failure)).isEqualTo("Timeout");
    assertThat(Failures.message(failure)).isEqualTo("heartbeat");
  }

  @Test
  void anUntypedFailureIsAnOperationFailure() {
    assertThat(Failures.reason(activityFailure(null))).isEqualTo(Failures.UNKNOWN);
    assertThat(Failures.message(activityFailure(null))).isEqualTo("Activity failed");
  }

  @Test
  void aCancellationAnywhereInTheChainIsACancellation() {
    assertThat(Failures.cancellation(activityFailure(new CanceledFailure("cancelled")))).isTrue();
    assertThat(Failures.cancellation(new CanceledFailure("cancelled"))).isTrue();
  }
}
