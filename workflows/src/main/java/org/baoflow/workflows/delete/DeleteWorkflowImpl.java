package org.baoflow.workflows.delete;

import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import org.baoflow.api.v1alpha1.DeletionPolicy;
import org.baoflow.workflows.activities.ActivityStubs;
import org.baoflow.workflows.activities.CleanupActivities.CleanupReport;
import org.baoflow.workflows.activities.CleanupActivities.CleanupRequest;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.baoflow.workflows.steps.Failures;
import org.baoflow.workflows.steps.Progress;
import org.baoflow.workflows.visibility.ClusterPhase;
import org.baoflow.workflows.visibility.Operation;

/**
 * {@link DeleteWorkflow}. It runs in a detached cancellation scope: a deletion stopped halfway
 * (pods gone, finalizer kept) leaves a cluster nobody operates and a resource that never goes, so a
 * cancel request (the parent closing) does not interrupt it.
 */
public final class DeleteWorkflowImpl implements DeleteWorkflow {
  private CleanupReport report;

  @Override
  public CleanupReport run(DeleteInput input) {
    Workflow.newDetachedCancellationScope(() -> report = delete(input)).run();
    return report;
  }

  private static CleanupReport delete(DeleteInput input) {
    ClusterRef ref = input.ref();
    Progress progress = new Progress(ref, null, Operation.DELETE);
    unlessGone(
        () ->
            progress.phase(
                ClusterPhase.DELETING, "Deleting under deletionPolicy " + input.policy()));
    unlessGone(() -> progress.event("Deleting", "Deleting under deletionPolicy " + input.policy()));
    Workflow.setCurrentDetails(
        "Waiting for the pods of "
            + ref.displayName()
            + " to go. If one hangs in Terminating, check `kubectl -n "
            + ref.namespace()
            + " get pods -l openbao.org/cluster="
            + ref.name()
            + "` and its finalizers.");
    ActivityStubs.cleanup("Stop the workload").stopWorkload(ref);
    // Volumes and Secrets go only once no pod can write to them any more.
    CleanupReport report =
        ActivityStubs.cleanup("Delete data (" + input.policy() + ")")
            .deleteData(new CleanupRequest(ref, input.policy()));
    long backupsDeleted = deleteBackups(input, progress);
    unlessGone(
        () ->
            progress.event(
                "DataDeleted",
                "Deleted "
                    + report.deleted().size()
                    + " object(s), kept "
                    + report.kept().size()
                    + (backupsDeleted > 0
                        ? ", deleted " + backupsDeleted + " backup object(s)"
                        : "")
                    + " under deletionPolicy "
                    + input.policy()));
    // Last: without the finalizer Kubernetes deletes the resource and garbage-collects the rest.
    ActivityStubs.status("Remove finalizer").removeFinalizer(ref);
    return report;
  }

  /**
   * DeleteAll empties {@code spec.backup.target} of this cluster's backups (selected by manifest,
   * nothing else in the bucket). It gives up after a few attempts, so an unreachable object store
   * fails the delete, and the finalizer stays, rather than leaving backups behind unnoticed.
   */
  private static long deleteBackups(DeleteInput input, Progress progress) {
    if (input.policy() != DeletionPolicy.DELETE_ALL
        || input.spec() == null
        || input.spec().getBackup() == null
        || input.spec().getBackup().getTarget() == null) {
      return 0;
    }
    Workflow.setCurrentDetails(
        "Deleting the backups of "
            + input.ref().displayName()
            + " in bucket "
            + input.spec().getBackup().getTarget().getBucket());
    try {
      return ActivityStubs.backup("Delete backups")
          .deleteClusterBackups(new ClusterSnapshot(input.ref(), 0, input.spec()));
    } catch (ActivityFailure failure) {
      if (!FailureTypes.INVALID_SPEC.equals(Failures.reason(failure))) {
        throw failure;
      }
      // A target BaoFlow cannot reach by its spec never will: deleting the cluster goes on,
      // and the user learns which backups stay.
      unlessGone(
          () ->
              progress.warning(
                  "BackupsNotDeleted",
                  "The backups in spec.backup.target stay: " + Failures.message(failure)));
      return 0;
    }
  }

  /** A resource already gone (somebody removed the finalizer) has no status or Events to write. */
  private static void unlessGone(Runnable report) {
    try {
      report.run();
    } catch (ActivityFailure failure) {
      if (!FailureTypes.CLUSTER_GONE.equals(Failures.reason(failure))) {
        throw failure;
      }
    }
  }
}
