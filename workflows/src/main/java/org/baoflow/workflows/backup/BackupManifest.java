package org.baoflow.workflows.backup;

import java.time.Instant;
import java.util.Objects;

/**
 * The JSON document written beside a snapshot object, last, as the mark that the backup is complete
 * and verified: an object without one is never a backup. Retention and DeleteAll select backups by
 * {@link #uid} and {@link #kubernetesCluster}, never by parsing object names. Its JSON field names
 * are the component names; times are ISO-8601 UTC strings.
 *
 * @param cluster the OpenBaoCluster's name
 * @param namespace its namespace
 * @param uid its {@code metadata.uid}, which tells incarnations under one name apart
 * @param kubernetesCluster the Kubernetes cluster's name ({@code BAOFLOW_CLUSTER_NAME})
 * @param openBaoVersion the leader's OpenBao version
 * @param raftIndex the leader's raft index when the snapshot was taken
 * @param sealType the cluster's seal type, such as {@code static} or {@code transit}
 * @param sealKeyIdentity which key the snapshot needs to be unsealed after a restore (a name or key
 *     ID, never key material)
 * @param objectKey the snapshot object's key
 * @param size the snapshot's size in bytes
 * @param sha256 the snapshot's SHA-256, lower-case hex
 * @param etag the ETag CompleteMultipartUpload returned
 * @param startedAt when streaming began
 * @param finishedAt when the object was verified
 * @param workflowId the backup workflow's ID
 * @param reason why the backup ran
 */
public record BackupManifest(
    String cluster,
    String namespace,
    String uid,
    String kubernetesCluster,
    String openBaoVersion,
    long raftIndex,
    String sealType,
    String sealKeyIdentity,
    String objectKey,
    long size,
    String sha256,
    String etag,
    Instant startedAt,
    Instant finishedAt,
    String workflowId,
    BackupReason reason) {

  /** Requires what retention selects and sorts by, so a manifest missing it fails to read. */
  public BackupManifest {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(kubernetesCluster, "kubernetesCluster");
    Objects.requireNonNull(objectKey, "objectKey");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(reason, "reason");
  }
}
