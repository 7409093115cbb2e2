package org.baoflow.activities.bao;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts and the retry bound of a {@link BaoConnection}.
 *
 * @param connectTimeout TCP and TLS connect timeout
 * @param requestTimeout time until the response headers arrive; a streamed snapshot body may take
 *     longer to read, but no wait for its next bytes may exceed this
 * @param transferTimeout time a snapshot upload may take until the server answers: the server
 *     answers only once it has the whole body
 * @param readAttempts attempts for idempotent reads (GET, HEAD) that fail to connect or lose the
 *     connection; writes are sent once
 * @param retryDelay pause between two attempts of a read
 */
public record BaoClientSettings(
    Duration connectTimeout,
    Duration requestTimeout,
    Duration transferTimeout,
    int readAttempts,
    Duration retryDelay) {

  public BaoClientSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(transferTimeout, "transferTimeout");
    Objects.requireNonNull(retryDelay, "retryDelay");
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("connectTimeout must be positive");
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout must be positive");
    }
    if (transferTimeout.compareTo(requestTimeout) < 0) {
      throw new IllegalArgumentException("transferTimeout must not be shorter than requestTimeout");
    }
    if (readAttempts < 1) {
      throw new IllegalArgumentException("readAttempts must be at least 1");
    }
    if (retryDelay.isNegative()) {
      throw new IllegalArgumentException("retryDelay must not be negative");
    }
  }

  /**
   * 5 s to connect, 30 s for a response, 30 min for a snapshot upload, 3 attempts for reads 200 ms
   * apart.
   */
  public static BaoClientSettings defaults() {
    return new BaoClientSettings(
        Duration.ofSeconds(5),
        Duration.ofSeconds(30),
        Duration.ofMinutes(30),
        3,
        Duration.ofMillis(200));
  }
}
