package org.baoflow.workflows.backup;

import java.util.Objects;
import org.baoflow.workflows.model.ClusterSnapshot;

/**
 * What a backup workflow backs up and where. The parent fixes the key and the time, so every retry
 * writes the same object and time-skipping tests agree with real runs. Credentials are not here:
 * activities read them from the Secret the spec names.
 *
 * @param cluster the cluster and the spec of one generation
 * @param objectKeyBase the key without extension, from {@link BackupObjectKeys}
 * @param nowMillis the parent's {@code Workflow.currentTimeMillis()} when it decided to back up
 * @param reason why
 * @param requestId the manual request's id (annotation {@code openbao.org/trigger-backup} or
 *     backupNow), or null for other reasons
 */
public record BackupInput(
    ClusterSnapshot cluster,
    String objectKeyBase,
    long nowMillis,
    BackupReason reason,
    String requestId) {
  public BackupInput {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(objectKeyBase, "objectKeyBase");
    Objects.requireNonNull(reason, "reason");
    if (reason == BackupReason.MANUAL && (requestId == null || requestId.isEmpty())) {
      throw new IllegalArgumentException("a manual backup needs its request id");
    }
  }

  /** The snapshot's and the manifest's keys. */
  public BackupObjectKeys keys() {
    return new BackupObjectKeys(objectKeyBase);
  }
}
