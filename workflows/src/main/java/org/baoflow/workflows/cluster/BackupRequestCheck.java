package org.baoflow.workflows.cluster;

import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.workflows.ids.ClusterWorkflowIds;
import org.baoflow.workflows.model.ClusterRef;

/**
 * Why a {@code backupNow} request cannot be taken, said before it reaches the history: the update
 * validator of {@link ClusterWorkflow#validateBackupNow} (and test doubles of that contract).
 */
public final class BackupRequestCheck {
  private BackupRequestCheck() {}

  /**
   * Refuses {@code requestId} for the cluster {@code ref}.
   *
   * @param deleting whether the resource is being deleted
   * @param spec the spec operations act on, or null before a valid one
   * @throws IllegalArgumentException for an id that cannot name a backup
   * @throws IllegalStateException for a cluster that cannot back up now
   */
  public static void check(
      ClusterRef ref, String requestId, boolean deleting, OpenBaoClusterSpec spec) {
    if (!ClusterWorkflowIds.isRequestId(requestId)) {
      throw new IllegalArgumentException(
          "the request id must be 1 to 63 letters, digits, '.', '_' or '-', starting with a letter"
              + " or digit, got '"
              + requestId
              + "'");
    }
    if (deleting) {
      throw new IllegalStateException(ref.displayName() + " is being deleted");
    }
    if (!hasTarget(spec)) {
      throw new IllegalStateException(
          ref.displayName()
              + " has no backup target: set spec.backup.target (endpoint, bucket,"
              + " credentialsSecretRef) first");
    }
  }

  /** Whether {@code spec} names where backups go. */
  static boolean hasTarget(OpenBaoClusterSpec spec) {
    return spec != null && spec.getBackup() != null && spec.getBackup().getTarget() != null;
  }
}
