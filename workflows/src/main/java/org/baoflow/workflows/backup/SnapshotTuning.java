package org.baoflow.workflows.backup;

import org.baoflow.api.v1alpha1.BackupTarget;

/**
 * How a snapshot is uploaded: multipart part size and parts in flight, from {@code
 * spec.backup.target}, with the Go operator's defaults (10 MiB × 3). The worker holds at most
 * {@code partSize × (concurrency + 1)} bytes of a snapshot at once.
 *
 * @param partSize bytes per multipart part
 * @param concurrency parts uploaded at once
 */
public record SnapshotTuning(long partSize, int concurrency) {
  /** {@code spec.backup.target.partSize}'s default. */
  public static final long DEFAULT_PART_SIZE = 10L * 1024 * 1024;

  /** {@code spec.backup.target.concurrency}'s default. */
  public static final int DEFAULT_CONCURRENCY = 3;

  /** The tuning {@code target} asks for, defaults where it is silent. */
  public static SnapshotTuning of(BackupTarget target) {
    Long partSize = target == null ? null : target.getPartSize();
    Integer concurrency = target == null ? null : target.getConcurrency();
    return new SnapshotTuning(
        partSize == null ? DEFAULT_PART_SIZE : partSize,
        concurrency == null ? DEFAULT_CONCURRENCY : concurrency);
  }
}
