package org.baoflow.workflows.cluster;

import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.util.List;
import org.baoflow.workflows.activities.ActivityStubs;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.activities.StatusActivities.BackupStatusUpdate;
import org.baoflow.workflows.activities.StatusActivities.BackupView;
import org.baoflow.workflows.activities.StatusActivities.ClusterEvent;
import org.baoflow.workflows.activities.StatusActivities.Condition;
import org.baoflow.workflows.activities.StatusActivities.OperationView;
import org.baoflow.workflows.activities.StatusActivities.StatusUpdate;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.model.OperationResult;
import org.baoflow.workflows.visibility.ClusterPhase;
import org.baoflow.workflows.visibility.Operation;

/**
 * What the cluster workflow tells users on the OpenBaoCluster: finalizer, status and Events, each
 * an activity with a summary that names it in the Temporal UI. Every status write carries the
 * cluster workflow's ID, so {@code kubectl get -o yaml} leads to the Temporal UI.
 *
 * <p>The activities fail with {@link FailureTypes#CLUSTER_GONE} when the resource is gone or has
 * another uid; that is news for the workflow, not a failure of it, so it goes to {@code onGone}.
 */
final class StatusReporter {
  private final ClusterRef ref;
  private final Runnable onGone;

  StatusReporter(ClusterRef ref, Runnable onGone) {
    this.ref = ref;
    this.onGone = onGone;
  }

  void addFinalizer() {
    call(() -> ActivityStubs.status("Add finalizer to " + ref.displayName()).addFinalizer(ref));
  }

  /** Writes {@code phase}, {@code generation} and {@code conditions}; the operation stays. */
  void write(ClusterPhase phase, long generation, List<Condition> conditions) {
    send(update(phase, generation, conditions, null, false));
  }

  /** Writes that {@code view} started, in {@code phase}. */
  void operationStarted(ClusterPhase phase, long generation, OperationView view) {
    send(update(phase, generation, List.of(), view, false));
  }

  /**
   * Writes that a backup runs: it takes no spec generation on, so {@code observedGeneration} stays.
   */
  void backupStarted(ClusterPhase phase, OperationView view) {
    send(update(phase, null, List.of(), view, false));
  }

  /** Writes that the backup ended: no operation runs any more. */
  void backupEnded(ClusterPhase phase) {
    send(update(phase, null, List.of(), null, true));
  }

  /** Replaces {@code status.backup} with {@code view} and sets {@code conditions}. */
  void backup(BackupView view, List<Condition> conditions) {
    call(
        () ->
            ActivityStubs.status("Backup status")
                .writeBackupStatus(new BackupStatusUpdate(ref, view, conditions)));
  }

  /** Writes the end of an operation: {@code phase}, {@code conditions}, no operation. */
  void operationEnded(ClusterPhase phase, long generation, List<Condition> conditions) {
    send(update(phase, generation, conditions, null, true));
  }

  /** Writes that the spec of {@code generation} is invalid, and a warning Event saying why. */
  void invalid(ClusterPhase phase, long generation, String message) {
    write(
        phase, generation, List.of(condition("Valid", false, "InvalidSpec", message, generation)));
    event(true, "InvalidSpec", message);
  }

  /**
   * Writes that the spec of {@code generation} is valid, naming fields not implemented yet. The
   * conditions carry the generation; {@code status.observedGeneration} moves only when an operation
   * takes it on, so a valid spec waiting behind another operation or {@code paused} is not reported
   * as done.
   */
  void valid(ClusterPhase phase, long generation, List<String> unsupported) {
    send(
        update(
            phase,
            null,
            List.of(
                condition("Valid", true, "Valid", "The spec is valid", generation),
                unsupported.isEmpty()
                    ? condition(
                        "Supported",
                        true,
                        "Supported",
                        "Every field set is implemented",
                        generation)
                    : condition(
                        "Supported",
                        false,
                        "UnsupportedFields",
                        "Accepted but not implemented yet: " + String.join(", ", unsupported),
                        generation)),
            null,
            false));
  }

  /** Writes a successful operation with what it left behind, and an Event. */
  void operationSucceeded(
      Operation operation,
      long generation,
      String what,
      OperationResult result,
      Boolean selfInitialized,
      String version) {
    String message = result.readyReplicas() + " ready replicas, leader " + result.leader();
    List<Condition> conditions =
        List.of(
            condition("Available", true, "Running", message, generation),
            condition("Degraded", false, operation.displayName() + "Succeeded", what, generation));
    StatusUpdate base = update(ClusterPhase.RUNNING, generation, conditions, null, true);
    send(
        new StatusUpdate(
            ref,
            base.phase(),
            base.observedGeneration(),
            base.conditions(),
            null,
            true,
            true,
            selfInitialized,
            result.readyReplicas(),
            result.leader(),
            version,
            base.workflowId()));
    event(false, operation.displayName() + "Succeeded", what + " finished: " + message);
  }

  /**
   * Writes a failed operation: a failed bootstrap leaves the cluster unavailable, a failed converge
   * degraded. A warning Event says why.
   */
  void operationFailed(
      Operation operation, ClusterPhase phase, long generation, String what, String message) {
    String reason = operation.displayName() + "Failed";
    Condition condition =
        operation == Operation.BOOTSTRAP
            ? condition("Available", false, reason, message, generation)
            : condition("Degraded", true, reason, message, generation);
    operationEnded(phase, generation, List.of(condition));
    event(true, reason, what + " failed: " + message);
  }

  private StatusUpdate update(
      ClusterPhase phase,
      Long generation,
      List<Condition> conditions,
      OperationView operation,
      boolean clearOperation) {
    return new StatusUpdate(
        ref,
        phase.displayName(),
        generation,
        conditions,
        operation,
        clearOperation,
        null,
        null,
        null,
        null,
        null,
        Workflow.getInfo().getWorkflowId());
  }

  void event(boolean warning, String reason, String message) {
    call(
        () ->
            ActivityStubs.status("Event " + reason)
                .recordEvent(new ClusterEvent(ref, warning, reason, message)));
  }

  static Condition condition(
      String type, boolean status, String reason, String message, long generation) {
    return new Condition(type, status ? "True" : "False", reason, message, generation);
  }

  private void send(StatusUpdate update) {
    call(() -> ActivityStubs.status("Status " + update.phase()).writeStatus(update));
  }

  private void call(Runnable activity) {
    try {
      activity.run();
    } catch (ActivityFailure failure) {
      if (failure.getCause() instanceof ApplicationFailure cause
          && FailureTypes.CLUSTER_GONE.equals(cause.getType())) {
        onGone.run();
        return;
      }
      throw failure;
    }
  }
}
