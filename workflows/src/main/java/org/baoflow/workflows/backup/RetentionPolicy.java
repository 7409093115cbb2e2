package org.baoflow.workflows.backup;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.baoflow.api.v1alpha1.BackupRetention;
import org.baoflow.api.validation.GoDuration;

/**
 * Which backups to keep: both limits apply, and objects without a manifest go after a grace period.
 *
 * @param maxCount keep at most this many backups; 0 keeps all
 * @param maxAge delete backups that started longer ago than this; empty keeps all
 * @param incompleteGrace how long an object without a manifest may be an upload still being
 *     verified before it is deleted as incomplete
 */
public record RetentionPolicy(int maxCount, Optional<Duration> maxAge, Duration incompleteGrace) {
  /**
   * The grace for objects without a manifest: far longer than streaming and verifying a snapshot of
   * any size takes, so a running backup's object is never taken for an abandoned one.
   */
  public static final Duration INCOMPLETE_GRACE = Duration.ofHours(24);

  public RetentionPolicy {
    if (maxCount < 0) {
      throw new IllegalArgumentException("maxCount must be 0 or more, got " + maxCount);
    }
    Objects.requireNonNull(maxAge, "maxAge");
    if (incompleteGrace.isNegative()) {
      throw new IllegalArgumentException("incompleteGrace must not be negative");
    }
  }

  /**
   * The policy of {@code spec.backup.retention} (null keeps all), with {@link #INCOMPLETE_GRACE}.
   *
   * @throws IllegalArgumentException when {@code maxAge} is no Go duration
   */
  public static RetentionPolicy of(BackupRetention retention) {
    if (retention == null) {
      return new RetentionPolicy(0, Optional.empty(), INCOMPLETE_GRACE);
    }
    int maxCount = retention.getMaxCount() == null ? 0 : retention.getMaxCount();
    Optional<Duration> maxAge = Optional.ofNullable(retention.getMaxAge()).map(GoDuration::parse);
    return new RetentionPolicy(maxCount, maxAge, INCOMPLETE_GRACE);
  }
}
