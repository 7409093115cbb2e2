package org.baoflow.activities.backup;

/**
 * A Secret a spec field names does not exist. Retryable while backing up (creating it lets the next
 * attempt succeed); DeleteAll does not wait for it, since a Secret deleted with its namespace never
 * comes back.
 */
final class MissingSecretException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  MissingSecretException(String message) {
    super(message);
  }
}
