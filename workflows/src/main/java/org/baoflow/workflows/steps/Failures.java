package org.baoflow.workflows.steps;

import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.failure.TimeoutFailure;

/**
 * How an operation's failure reads in status and Events: the {@code FailureTypes} name of the
 * activity's failure as the reason, its own message (which by contract names no secret).
 */
public final class Failures {
  /** The reason of a failure that carries no type of ours. */
  static final String UNKNOWN = "OperationFailed";

  private Failures() {}

  /** Whether {@code failure} is, or was caused by, a cancellation: that is no failure to report. */
  public static boolean cancellation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CanceledFailure) {
        return true;
      }
    }
    return false;
  }

  /**
   * The condition and Event reason: the failure type, {@code Timeout}, or {@code OperationFailed}.
   */
  public static String reason(Throwable failure) {
    ApplicationFailure application = application(failure);
    if (application != null && application.getType() != null && !application.getType().isEmpty()) {
      return application.getType();
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof TimeoutFailure) {
        return "Timeout";
      }
    }
    return UNKNOWN;
  }

  /** The message for humans, without Temporal's wrapping. */
  public static String message(Throwable failure) {
    ApplicationFailure application = application(failure);
    if (application != null) {
      return application.getOriginalMessage();
    }
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    if (root instanceof TemporalFailure temporal) {
      return temporal.getOriginalMessage();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private static ApplicationFailure application(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ApplicationFailure application) {
        return application;
      }
    }
    return null;
  }
}
