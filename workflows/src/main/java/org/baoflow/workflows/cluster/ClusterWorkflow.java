package org.baoflow.workflows.cluster;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The durable reconciler of one OpenBaoCluster, ID {@code obao_<k8s>_<ns>_<name>}: it receives what
 * the watcher observes, validates, and runs one operation at a time as a child workflow (bootstrap,
 * converge, delete). The watcher starts it with signal-with-start of {@link #specObserved}.
 */
@WorkflowInterface
public interface ClusterWorkflow {

  /** Runs until the cluster is deleted; returns how it ended. */
  @WorkflowMethod
  ClusterOutcome run(ClusterWorkflowInput input);

  /** A generation of the spec, or a change of the forwarded annotations. */
  @SignalMethod(
      description =
          "The watcher saw a spec generation or forwarded annotations; older or repeated ones are"
              + " ignored")
  void specObserved(SpecObserved event);

  /** The resource is being deleted (deletionTimestamp set) or is gone. */
  @SignalMethod(description = "The OpenBaoCluster is being deleted or is gone")
  void deletionObserved(DeletionObserved event);

  /** A field BaoFlow manages on an owned resource changed. */
  @SignalMethod(
      description = "A managed field of an owned StatefulSet or Service changed; converges it back")
  void driftObserved(DriftObserved event);

  /**
   * Asks for one backup now, for the Temporal UI and {@code baoflow backup}: the same as annotation
   * {@code openbao.org/trigger-backup: <requestId>}. Each request id backs up exactly once; asking
   * again with an id already queued or handled changes nothing. It runs after the operation running
   * now, if any.
   *
   * @return the backup's workflow ID, {@code obao_<k8s>_<ns>_<name>_backup_manual_<requestId>}
   */
  @UpdateMethod(
      description =
          "Back up now: queues one backup for this request id (1-63 letters, digits, '.', '_', '-')"
              + " and returns its workflow ID")
  String backupNow(String requestId);

  /** Refuses a request that cannot run before it reaches the history. */
  @UpdateValidatorMethod(updateName = "backupNow")
  void validateBackupNow(String requestId);

  /** What the workflow knows and does now. */
  @QueryMethod(description = "Phase, running operation, pending work and what it waits for")
  ClusterState state();
}
