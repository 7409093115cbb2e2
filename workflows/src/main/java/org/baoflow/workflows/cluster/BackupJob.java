package org.baoflow.workflows.cluster;

import java.time.Instant;
import org.baoflow.workflows.backup.BackupInput;
import org.baoflow.workflows.backup.BackupObjectKeys;
import org.baoflow.workflows.backup.BackupReason;
import org.baoflow.workflows.ids.ClusterWorkflowIds;
import org.baoflow.workflows.model.ClusterSnapshot;

/**
 * One backup the cluster workflow decided to run: its child workflow ID and its input, with the
 * object key fixed now, so every retry writes the same object.
 *
 * @param workflowId the child's ID
 * @param input what it backs up and where
 * @param what how status and Events name it, such as {@code Backup … for the fire at …}
 */
record BackupJob(String workflowId, BackupInput input, String what) {

  /** The backup for the schedule's fire at {@code fireMillis}, stamped with that fire. */
  static BackupJob scheduled(
      ClusterWorkflowIds ids, ClusterSnapshot cluster, long fireMillis, long nowMillis) {
    Instant fire = Instant.ofEpochMilli(fireMillis);
    String workflowId = ids.scheduledBackup(fire);
    BackupObjectKeys keys =
        BackupObjectKeys.of(
            prefix(cluster), fire, BackupObjectKeys.suffix(BackupReason.SCHEDULED, null));
    return new BackupJob(
        workflowId,
        new BackupInput(cluster, keys.base(), nowMillis, BackupReason.SCHEDULED, null),
        "Backup " + workflowId + " for the scheduled fire at " + fire);
  }

  /** The backup of manual request {@code requestId}, stamped with the workflow's time now. */
  static BackupJob manual(
      ClusterWorkflowIds ids, ClusterSnapshot cluster, String requestId, long nowMillis) {
    String workflowId = ids.manualBackup(requestId);
    BackupObjectKeys keys =
        BackupObjectKeys.of(
            prefix(cluster),
            Instant.ofEpochMilli(nowMillis),
            BackupObjectKeys.suffix(BackupReason.MANUAL, requestId));
    return new BackupJob(
        workflowId,
        new BackupInput(cluster, keys.base(), nowMillis, BackupReason.MANUAL, requestId),
        "Backup " + workflowId + " for request " + requestId);
  }

  private static String prefix(ClusterSnapshot cluster) {
    return BackupObjectKeys.clusterPrefix(
        cluster.spec().getBackup().getTarget().getPathPrefix(), cluster.ref());
  }
}
