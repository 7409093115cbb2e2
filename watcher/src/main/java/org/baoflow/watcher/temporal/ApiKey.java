package org.baoflow.watcher.temporal;

import java.util.Objects;

/**
 * A Temporal Cloud API key. Kept in its own type so it never shows up in a {@code toString}, a log
 * line or an exception message.
 *
 * @param value the key as Temporal Cloud issued it
 */
public record ApiKey(String value) {
  public ApiKey {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("an API key must not be blank");
    }
  }

  @Override
  public String toString() {
    return "ApiKey[redacted]";
  }
}
