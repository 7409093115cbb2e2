package org.baoflow.workflows.backup;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One backup of a cluster, a child of the cluster workflow with ID {@code
 * obao_<k8s>_<ns>_<name>_backup_<utc>} for a scheduled fire or {@code …_backup_manual_<requestId>}
 * for a manual one: find the leader, stream its raft snapshot into a multipart upload, verify the
 * stored object, write the {@link BackupManifest} last, apply retention.
 */
@WorkflowInterface
public interface BackupWorkflow {

  /** Backs up {@code input.cluster()} to {@code input.objectKeyBase()}. */
  @WorkflowMethod
  BackupResult run(BackupInput input);
}
