package org.baoflow.workflows.backup;

/**
 * A verified backup whose manifest is written, for status ({@code lastBackup*}) and metrics.
 *
 * @param objectKey the snapshot object's key
 * @param size its size in bytes
 * @param sha256 its SHA-256, lower-case hex
 * @param startedAtMillis when streaming began
 * @param finishedAtMillis when the manifest was written
 * @param deletedByRetention how many backups and incomplete objects retention deleted
 * @param retentionProblem why retention could not run, or null: the backup is good either way, and
 *     the next backup's retention catches up
 */
public record BackupResult(
    String objectKey,
    long size,
    String sha256,
    long startedAtMillis,
    long finishedAtMillis,
    int deletedByRetention,
    String retentionProblem) {}
