package org.baoflow.workflows.activities;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import org.baoflow.workflows.backup.BackupManifest;
import org.baoflow.workflows.backup.RetentionPlan;
import org.baoflow.workflows.model.ClusterSnapshot;

/**
 * Raft snapshots to the object store of {@code spec.backup.target}. The S3 credentials come from
 * the Secret the spec names and OpenBao logins from the backup JWT role or token Secret, all read
 * inside the activity: requests and results carry keys, sizes and digests, never a credential.
 * Every key an activity touches lies under the cluster's prefix ({@link
 * org.baoflow.workflows.backup.BackupObjectKeys#clusterPrefix}); calls that move data heartbeat.
 */
@ActivityInterface
public interface BackupActivities {

  /**
   * The pod that leads now, found by asking each pod (a standby's redirect names the leader, and is
   * never snapshotted), with its version and raft index.
   */
  @ActivityMethod
  Leader findLeader(ClusterSnapshot cluster);

  /**
   * Streams {@code GET sys/storage/raft/snapshot} from {@code request.leaderPod()} into a multipart
   * upload to {@code request.objectKey()}, hashing in the same pass, with buffers bounded by part
   * size × (concurrency + 1). Aborts every open multipart upload for that key first, so a retry
   * after a stopped attempt leaves exactly one object. Heartbeats the bytes sent.
   */
  @ActivityMethod
  StreamResult streamSnapshot(SnapshotRequest request);

  /**
   * Checks the stored object against what was streamed: HEAD size and ETag, then a streaming GET
   * whose SHA-256 must equal {@code request.sha256()} (a multipart checksum is composite and proves
   * nothing alone). Heartbeats while it reads.
   */
  @ActivityMethod
  ObjectCheck verifyObject(VerifyRequest request);

  /** Writes {@code request.manifest()} beside its object, the last step of a good backup. */
  @ActivityMethod
  void writeManifest(ManifestRequest request);

  /**
   * Lists the cluster's prefix, reads its manifests and deletes what a {@link RetentionPlan} for
   * {@code spec.backup.retention} says, manifests before objects.
   */
  @ActivityMethod
  RetentionPlan applyRetention(RetentionRequest request);

  /**
   * DeleteAll: deletes this cluster's backups (manifests naming its uid and Kubernetes cluster,
   * then their objects) and its objects without a manifest, nothing else in the bucket. Idempotent;
   * heartbeats while it deletes.
   */
  @ActivityMethod
  long deleteClusterBackups(ClusterSnapshot cluster);

  /**
   * The leader.
   *
   * @param pod its pod name
   * @param openBaoVersion its OpenBao version
   * @param raftIndex its raft committed index when asked
   */
  record Leader(String pod, String openBaoVersion, long raftIndex) {}

  /**
   * A snapshot to stream.
   *
   * @param cluster the cluster
   * @param leaderPod the pod {@link BackupActivities#findLeader} found
   * @param objectKey the snapshot object's key
   * @param partSize multipart part size in bytes
   * @param concurrency parts uploaded at once
   */
  record SnapshotRequest(
      ClusterSnapshot cluster,
      String leaderPod,
      String objectKey,
      long partSize,
      int concurrency) {}

  /**
   * What was uploaded.
   *
   * @param size bytes streamed
   * @param sha256 their SHA-256, lower-case hex
   * @param etag the ETag CompleteMultipartUpload returned
   */
  record StreamResult(long size, String sha256, String etag) {}

  /**
   * An object to verify.
   *
   * @param cluster the cluster
   * @param objectKey the object's key
   * @param stream what {@link BackupActivities#streamSnapshot} reported
   */
  record VerifyRequest(ClusterSnapshot cluster, String objectKey, StreamResult stream) {}

  /**
   * The verdict on a stored object.
   *
   * @param intact size, ETag and SHA-256 all match
   * @param problem what differs, such as {@code size 1024, expected 2048}; empty when intact
   */
  record ObjectCheck(boolean intact, String problem) {}

  /**
   * A manifest to write.
   *
   * @param cluster the cluster
   * @param manifest the manifest; its key follows from its object key
   */
  record ManifestRequest(ClusterSnapshot cluster, BackupManifest manifest) {}

  /**
   * Retention after a backup.
   *
   * @param cluster the cluster
   * @param justWritten the snapshot key just written, which is always kept
   * @param nowMillis the workflow's time, which ages are measured from
   */
  record RetentionRequest(ClusterSnapshot cluster, String justWritten, long nowMillis) {}
}
