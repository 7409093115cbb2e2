package org.baoflow.activities.storage;

import java.util.Objects;
import java.util.Optional;

/**
 * The key pair for an S3 endpoint, with an optional session token, read from a Secret by the
 * caller. {@link #toString()} never shows the secret or the session token.
 *
 * @param accessKeyId the access key id, safe to log
 * @param secretAccessKey the secret access key, never logged or put in a message
 * @param sessionToken the session token of temporary credentials, or null; never logged
 */
public record S3AccessKey(String accessKeyId, String secretAccessKey, String sessionToken) {

  /** Checks that both parts are present (without naming the secret's value). */
  public S3AccessKey {
    if (Objects.requireNonNull(accessKeyId, "accessKeyId").isBlank()) {
      throw new IllegalArgumentException("accessKeyId must not be blank");
    }
    if (Objects.requireNonNull(secretAccessKey, "secretAccessKey").isEmpty()) {
      throw new IllegalArgumentException("secretAccessKey must not be empty");
    }
    if (sessionToken != null && sessionToken.isEmpty()) {
      sessionToken = null;
    }
  }

  /** Long-term credentials, without a session token. */
  public S3AccessKey(String accessKeyId, String secretAccessKey) {
    this(accessKeyId, secretAccessKey, null);
  }

  /** The session token of temporary credentials, if any. */
  public Optional<String> session() {
    return Optional.ofNullable(sessionToken);
  }

  @Override
  public String toString() {
    return "S3AccessKey[accessKeyId="
        + accessKeyId
        + ", secretAccessKey=<redacted>, sessionToken="
        + (sessionToken == null ? "none" : "<redacted>")
        + "]";
  }
}
