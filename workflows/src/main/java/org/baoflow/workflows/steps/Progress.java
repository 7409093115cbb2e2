package org.baoflow.workflows.steps;

import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.Workflow;
import java.util.List;
import org.baoflow.workflows.activities.ActivityStubs;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.activities.StatusActivities.ClusterEvent;
import org.baoflow.workflows.activities.StatusActivities.Condition;
import org.baoflow.workflows.activities.StatusActivities.OperationView;
import org.baoflow.workflows.activities.StatusActivities.StatusUpdate;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.visibility.BaoFlowSearchAttributes;
import org.baoflow.workflows.visibility.ClusterPhase;
import org.baoflow.workflows.visibility.Operation;

/**
 * What an operation tells users while it runs: {@code status.operation} with the step it is at, the
 * phase (in status and in the {@code OpenBaoPhase} search attribute), conditions and Events on the
 * OpenBaoCluster.
 */
public final class Progress {
  /** The condition that says whether the cluster serves. */
  public static final String AVAILABLE = "Available";

  /** The condition that says a running cluster could not be brought to its spec. */
  public static final String DEGRADED = "Degraded";

  private final ClusterRef ref;
  private final Long generation;
  private final Operation operation;
  private final String workflowId;
  private final long startedAtMillis;

  /**
   * Progress of the running workflow.
   *
   * @param ref the cluster
   * @param generation the generation the operation works on; {@code null} for a deletion
   * @param operation the operation's kind
   */
  public Progress(ClusterRef ref, Long generation, Operation operation) {
    this.ref = ref;
    this.generation = generation;
    this.operation = operation;
    this.workflowId = Workflow.getInfo().getWorkflowId();
    this.startedAtMillis = Workflow.currentTimeMillis();
  }

  /** Enters {@code phase} at the step {@code message}. */
  public void phase(ClusterPhase phase, String message) {
    write(update(phase, List.of(), view(message)), message);
    upsertPhase(phase);
  }

  /** Reports the step the operation is at. */
  public void step(String message) {
    write(update(null, List.of(), view(message)), message);
  }

  /** Reports that OpenBao is initialized, and how. */
  public void initialized(boolean selfInitialized) {
    String message = selfInitialized ? "OpenBao initialized itself" : "OpenBao initialized";
    write(
        new StatusUpdate(
            ref,
            null,
            null,
            List.of(),
            view(message),
            false,
            true,
            selfInitialized,
            null,
            null,
            null,
            ref.ids().cluster()),
        "initialized");
    event("Initialized", message);
  }

  /**
   * Ends the operation: the cluster is {@code Running} and available, {@code status.operation} is
   * cleared, and an Event says so.
   */
  public void completed(String reason, String message, Outcome outcome) {
    Condition available = new Condition(AVAILABLE, "True", reason, message, generationOrZero());
    Condition notDegraded = new Condition(DEGRADED, "False", reason, message, generationOrZero());
    write(
        new StatusUpdate(
            ref,
            ClusterPhase.RUNNING.displayName(),
            generation,
            List.of(available, notDegraded),
            null,
            true,
            true,
            null,
            outcome.readyReplicas(),
            outcome.leader(),
            outcome.version(),
            ref.ids().cluster()),
        reason);
    upsertPhase(ClusterPhase.RUNNING);
    event(reason, message);
  }

  /** Records a Normal Event. */
  public void event(String reason, String message) {
    ActivityStubs.status("Event: " + reason)
        .recordEvent(new ClusterEvent(ref, false, reason, message));
  }

  /** Records a Warning Event. */
  public void warning(String reason, String message) {
    ActivityStubs.status("Event: " + reason)
        .recordEvent(new ClusterEvent(ref, true, reason, message));
  }

  /**
   * Reports {@code failure} (unless it is a cancellation, or the cluster is gone and nothing can be
   * reported on it): condition {@code conditionType} with the failure type as its reason, {@code
   * phase} when not {@code null}, and a Warning Event. Returns {@code failure} for the caller to
   * rethrow, so the workflow fails and its parent sees why.
   */
  public TemporalFailure failed(
      TemporalFailure failure, ClusterPhase phase, String conditionType, String conditionStatus) {
    String reason = Failures.reason(failure);
    if (Failures.cancellation(failure) || FailureTypes.CLUSTER_GONE.equals(reason)) {
      return failure;
    }
    String message = operation.displayName() + " failed: " + Failures.message(failure);
    Condition condition =
        new Condition(conditionType, conditionStatus, reason, message, generationOrZero());
    write(update(phase, List.of(condition), view(message)), reason);
    if (phase != null) {
      upsertPhase(phase);
    }
    ActivityStubs.status("Event: " + reason)
        .recordEvent(new ClusterEvent(ref, true, reason, message));
    return failure;
  }

  private OperationView view(String message) {
    return new OperationView(operation.displayName(), workflowId, startedAtMillis, message);
  }

  private long generationOrZero() {
    return generation == null ? 0 : generation;
  }

  /** An update of the phase, conditions and operation; the generation goes with conditions. */
  private StatusUpdate update(ClusterPhase phase, List<Condition> conditions, OperationView view) {
    return new StatusUpdate(
        ref,
        phase == null ? null : phase.displayName(),
        conditions.isEmpty() ? null : generation,
        conditions,
        view,
        false,
        null,
        null,
        null,
        null,
        null,
        ref.ids().cluster());
  }

  private static void write(StatusUpdate update, String summary) {
    ActivityStubs.status("Status: " + summary).writeStatus(update);
  }

  /**
   * Only a workflow started with BaoFlow's search attributes upserts one: it runs where the worker
   * registered them. Tests and tools that start it bare still run.
   */
  private static void upsertPhase(ClusterPhase phase) {
    if (Workflow.getTypedSearchAttributes().containsKey(BaoFlowSearchAttributes.CLUSTER)) {
      Workflow.upsertTypedSearchAttributes(
          BaoFlowSearchAttributes.PHASE.valueSet(phase.displayName()));
    }
  }

  /**
   * What a finished operation reports.
   *
   * @param readyReplicas Ready pods
   * @param leader the raft leader's pod
   * @param version the version every node runs
   */
  public record Outcome(int readyReplicas, String leader, String version) {}
}
