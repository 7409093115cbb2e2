package org.baoflow.workflows.backup;

import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import org.baoflow.api.v1alpha1.BackupTarget;
import org.baoflow.workflows.activities.ActivityStubs;
import org.baoflow.workflows.activities.BackupActivities.Leader;
import org.baoflow.workflows.activities.BackupActivities.ManifestRequest;
import org.baoflow.workflows.activities.BackupActivities.ObjectCheck;
import org.baoflow.workflows.activities.BackupActivities.RetentionRequest;
import org.baoflow.workflows.activities.BackupActivities.SnapshotRequest;
import org.baoflow.workflows.activities.BackupActivities.StreamResult;
import org.baoflow.workflows.activities.BackupActivities.VerifyRequest;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.baoflow.workflows.steps.Failures;

/**
 * {@link BackupWorkflow}: leader, stream, verify, manifest, retention. The key and "now" come from
 * the parent, so a retried step writes the same object and retention ages agree with time-skipped
 * runs. A step that keeps failing fails the backup (its activities give up after a few attempts);
 * an object that fails verification gets no manifest and is never a backup.
 */
public final class BackupWorkflowImpl implements BackupWorkflow {

  @Override
  public BackupResult run(BackupInput input) {
    ClusterSnapshot cluster = input.cluster();
    ClusterRef ref = cluster.ref();
    BackupTarget target = cluster.spec().getBackup().getTarget();
    String key = input.keys().snapshot();
    String where = target.getBucket() + "/" + key;

    Workflow.setCurrentDetails("Finding the raft leader of " + ref.displayName());
    Leader leader = ActivityStubs.backup("Find the leader").findLeader(cluster);

    long started = Workflow.currentTimeMillis();
    SnapshotTuning tuning = SnapshotTuning.of(target);
    Workflow.setCurrentDetails(
        "Streaming the raft snapshot of "
            + leader.pod()
            + " to "
            + where
            + "; the streaming activity's heartbeat shows the bytes sent");
    StreamResult stream =
        ActivityStubs.backup("Stream snapshot of " + leader.pod())
            .streamSnapshot(
                new SnapshotRequest(
                    cluster, leader.pod(), key, tuning.partSize(), tuning.concurrency()));

    Workflow.setCurrentDetails("Verifying " + where + " (" + stream.size() + " bytes)");
    ObjectCheck check =
        ActivityStubs.backup("Verify " + key).verifyObject(new VerifyRequest(cluster, key, stream));
    if (!check.intact()) {
      throw ApplicationFailure.newNonRetryableFailure(
          "the stored snapshot "
              + where
              + " does not match what was streamed: "
              + check.problem()
              + "; it gets no manifest, so it is never counted as a backup",
          FailureTypes.BACKUP_NOT_INTACT);
    }

    long finished = Workflow.currentTimeMillis();
    SealKeyIdentity seal = SealKeyIdentity.of(ref, cluster.spec());
    BackupManifest manifest =
        new BackupManifest(
            ref.name(),
            ref.namespace(),
            ref.uid(),
            ref.kubernetesCluster(),
            leader.openBaoVersion(),
            leader.raftIndex(),
            seal.type(),
            seal.keyIdentity(),
            key,
            stream.size(),
            stream.sha256(),
            stream.etag(),
            Instant.ofEpochMilli(started),
            Instant.ofEpochMilli(finished),
            Workflow.getInfo().getWorkflowId(),
            input.reason());
    Workflow.setCurrentDetails("Writing the manifest " + input.keys().manifest());
    ActivityStubs.backup("Write manifest").writeManifest(new ManifestRequest(cluster, manifest));

    Workflow.setCurrentDetails("Applying retention to the backups of " + ref.displayName());
    int deleted = 0;
    String retentionProblem = null;
    try {
      deleted =
          ActivityStubs.backup("Apply retention")
              .applyRetention(new RetentionRequest(cluster, key, input.nowMillis()))
              .objects()
              .size();
    } catch (ActivityFailure failure) {
      retentionProblem = Failures.message(failure);
    }
    return new BackupResult(
        key, stream.size(), stream.sha256(), started, finished, deleted, retentionProblem);
  }
}
