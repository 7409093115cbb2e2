package org.baoflow.worker.cli;

import io.temporal.failure.TemporalFailure;

/** The reason a Temporal client exception carries, without the SDK's wrapping. */
final class FailureMessages {
  private FailureMessages() {}

  /**
   * The message of the innermost cause that has one: for a refused update the validator's message,
   * for a failed workflow what its code or its activity threw. Temporal failures give their
   * original message, without the type and ID prefixes the SDK adds.
   */
  static String reason(Throwable thrown) {
    String reason = thrown.getMessage();
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      String message =
          cause instanceof TemporalFailure failure
              ? failure.getOriginalMessage()
              : cause.getMessage();
      if (message != null && !message.isBlank()) {
        reason = message;
      }
    }
    return reason == null ? thrown.getClass().getSimpleName() : reason;
  }
}
