package org.baoflow.activities.storage;

import java.util.Objects;

/**
 * The key pair for an S3 endpoint, read from a Secret by the caller. {@link #toString()} never
 * shows the secret.
 *
 * @param accessKeyId the access key id, safe to log
 * @param secretAccessKey the secret access key, never logged or put in a message
 */
public record S3AccessKey(String accessKeyId, String secretAccessKey) {

  /** Checks that both parts are present (without naming the secret's value). */
  public S3AccessKey {
    if (Objects.requireNonNull(accessKeyId, "accessKeyId").isBlank()) {
      throw new IllegalArgumentException("accessKeyId must not be blank");
    }
    if (Objects.requireNonNull(secretAccessKey, "secretAccessKey").isEmpty()) {
      throw new IllegalArgumentException("secretAccessKey must not be empty");
    }
  }

  @Override
  public String toString() {
    return "S3AccessKey[accessKeyId=" + accessKeyId + ", secretAccessKey=<redacted>]";
  }
}
