package org.baoflow.workflows.cluster;

import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.CompletablePromise;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.workflows.activities.ActivityStubs;
import org.baoflow.workflows.activities.StatusActivities.OperationView;
import org.baoflow.workflows.activities.ValidationActivities.FieldViolation;
import org.baoflow.workflows.activities.ValidationActivities.ValidationReport;
import org.baoflow.workflows.activities.ValidationActivities.ValidationRequest;
import org.baoflow.workflows.bootstrap.BootstrapWorkflow;
import org.baoflow.workflows.converge.ConvergeWorkflow;
import org.baoflow.workflows.delete.DeleteInput;
import org.baoflow.workflows.delete.DeleteWorkflow;
import org.baoflow.workflows.ids.ClusterWorkflowIds;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.baoflow.workflows.model.OperationInput;
import org.baoflow.workflows.model.OperationResult;
import org.baoflow.workflows.visibility.BaoFlowSearchAttributes;
import org.baoflow.workflows.visibility.ClusterPhase;
import org.baoflow.workflows.visibility.Operation;

/**
 * The cluster workflow: validates each new spec generation, then runs one operation at a time as a
 * child workflow (Bootstrap until the cluster is initialized, Converge on later valid generations,
 * drift and certificate renewal, Delete when the resource is being deleted).
 *
 * <p>Pending work is one slot per kind: converge keeps the newest valid spec, drift and renewal
 * fold into the next converge, and deletion preempts everything by cancelling the running child.
 * {@code spec.paused} holds new bootstraps and converges back, but never a delete: a paused cluster
 * that is deleted is still cleaned up and loses its finalizer. A failed operation never ends the
 * workflow; it waits for a new generation or drift to try again.
 *
 * <p>It continues as new only while idle and with every handler finished, carrying {@link
 * ClusterMemory}. A resource with the same name and another uid is ignored until this one ends;
 * then the workflow continues as new for it, so the newer resource is not lost.
 */
public class ClusterWorkflowImpl implements ClusterWorkflow {

  private final ClusterRef ref;
  private final ClusterWorkflowIds ids;
  private final int continueAsNewAfterEvents;
  private final StatusReporter status;

  // What continue-as-new carries, see ClusterMemory.
  private SpecObserved latest;
  private SpecObserved target;
  private OpenBaoClusterSpec appliedSpec;
  private long appliedGeneration;
  private boolean initialized;
  private final Map<String, String> appliedHashes = new TreeMap<>();
  private int convergeRuns;
  private long convergeGeneration;
  private long certificateRenewAtMillis;
  private long validatedGeneration;
  private List<String> violations;
  private boolean operationDue;
  private boolean finalizerAdded;
  private ClusterPhase phase;
  private String lastFailure;
  private final Map<String, String> pendingDrift = new TreeMap<>();
  private final ClusterBackups backups;

  // What lives only in this run: continue-as-new happens only when none of it is set.
  private SpecObserved successor;
  private boolean deletionRequested;
  private boolean gone;
  private final CertificateRenewalTimer renewal = new CertificateRenewalTimer();
  private Operation runningOperation;
  private String runningWorkflowId;

  /** Restores what the previous run carried, before any signal of signal-with-start arrives. */
  @WorkflowInit
  public ClusterWorkflowImpl(ClusterWorkflowInput input) {
    this.ref = input.ref();
    this.ids = ref.ids();
    this.continueAsNewAfterEvents = input.continueAsNewAfterEvents();
    this.status = new StatusReporter(ref, () -> gone = true);
    ClusterMemory memory = input.carried() == null ? ClusterMemory.first(null) : input.carried();
    latest = memory.latest();
    target = memory.target();
    appliedSpec = memory.appliedSpec();
    appliedGeneration = memory.appliedGeneration();
    initialized = memory.initialized();
    appliedHashes.putAll(memory.appliedHashes());
    convergeRuns = memory.convergeRuns();
    convergeGeneration = memory.convergeGeneration();
    certificateRenewAtMillis = memory.certificateRenewAtMillis();
    validatedGeneration = memory.validatedGeneration();
    violations = memory.violations();
    operationDue = memory.operationDue();
    finalizerAdded = memory.finalizerAdded();
    phase = ClusterPhase.named(memory.phase());
    lastFailure = memory.lastFailure();
    pendingDrift.putAll(memory.pendingDrift());
    backups = new ClusterBackups(ref, status, memory.backups());
  }

  @Override
  public ClusterOutcome run(ClusterWorkflowInput input) {
    upsertPhase();
    renewal.arm(certificateRenewAtMillis);
    backups.follow(target);
    while (true) {
      describeWait();
      Workflow.await(() -> hasWork() || continueAsNewDue());
      if (gone) {
        return end("Gone", ref.displayName() + " (uid " + ref.uid() + ") no longer exists");
      }
      if (deletionRequested) {
        if (delete()) {
          return end("Deleted", "Delete " + ids.delete() + " finished");
        }
      } else if (needsValidation()) {
        validate();
        backups.follow(target);
      } else if (operationReady()) {
        runOperation();
      } else if (backupReady()) {
        runBackup();
      } else if (backups.statusBehind()) {
        backups.reportStatus();
      } else {
        continueAsNew();
      }
    }
  }

  @Override
  public void specObserved(SpecObserved event) {
    if (event.spec() == null) {
      return; // nothing to act on; the watcher always sends the spec
    }
    if (!ref.uid().equals(event.uid())) {
      // Another resource took the name; it becomes this workflow's successor when this one ends.
      if (successor == null
          || !successor.uid().equals(event.uid())
          || event.generation() >= successor.generation()) {
        successor = event;
      }
      return;
    }
    if (latest != null
        && (event.generation() < latest.generation()
            || (event.generation() == latest.generation()
                && event.annotations().equals(latest.annotations())))) {
      return;
    }
    // The annotation stays on the resource: only a new value is a new request.
    backups.observed(latest, event);
    latest = event;
  }

  @Override
  public void deletionObserved(DeletionObserved event) {
    if (!ref.uid().equals(event.uid())) {
      return;
    }
    if (event.gone()) {
      gone = true;
    } else {
      deletionRequested = true;
    }
  }

  @Override
  public void driftObserved(DriftObserved event) {
    if (!ref.uid().equals(event.uid())) {
      return;
    }
    String key = event.kind() + "/" + event.name();
    if (Objects.equals(event.managedHash(), appliedHashes.get(key))) {
      return; // BaoFlow's own apply
    }
    pendingDrift.put(key, event.managedHash());
  }

  @Override
  public void validateBackupNow(String requestId) {
    BackupRequestCheck.check(
        ref,
        requestId,
        deletionRequested || phase == ClusterPhase.DELETING,
        target == null ? null : target.spec());
  }

  @Override
  public String backupNow(String requestId) {
    return backups.request(requestId);
  }

  @Override
  public ClusterState state() {
    return new ClusterState(
        ids.searchAttribute(),
        phase.displayName(),
        runningOperation == null ? null : runningOperation.displayName(),
        runningWorkflowId,
        waitingFor(),
        pending(),
        latest == null ? 0 : latest.generation(),
        appliedGeneration,
        initialized,
        paused(),
        violations);
  }

  private boolean hasWork() {
    return gone
        || deletionRequested
        || needsValidation()
        || operationReady()
        || backupReady()
        || backups.statusBehind();
  }

  /** A scheduled fire or a manual request waits, and nothing holds backups back. */
  private boolean backupReady() {
    return !paused()
        && phase != ClusterPhase.DELETING
        && initialized
        && target != null
        && backups.waiting();
  }

  /** Runs the manual request waiting longest, else the due scheduled fire. */
  private void runBackup() {
    SpecObserved spec = target;
    Optional<BackupJob> job = backups.take(spec);
    if (job.isEmpty()) {
      return;
    }
    runningOperation = Operation.BACKUP;
    runningWorkflowId = job.get().workflowId();
    describeWait();
    String summary =
        OperationOptions.summary(
            ref, Operation.BACKUP, spec.spec(), job.get().input().reason().label());
    backups
        .runner()
        .run(job.get(), phase, spec.generation(), summary, () -> gone || deletionRequested);
    clearRunning();
  }

  private boolean needsValidation() {
    return latest != null && latest.generation() > validatedGeneration;
  }

  private boolean operationReady() {
    // A resource being deleted gets no new operation, even when its delete failed.
    return !paused()
        && phase != ClusterPhase.DELETING
        && target != null
        && (operationDue || !pendingDrift.isEmpty() || (renewal.due() && initialized));
  }

  private boolean paused() {
    return latest != null && Boolean.TRUE.equals(latest.spec().getPaused());
  }

  private boolean continueAsNewDue() {
    return Workflow.getInfo().isContinueAsNewSuggested()
        || (continueAsNewAfterEvents > 0
            && Workflow.getInfo().getHistoryLength() >= continueAsNewAfterEvents);
  }

  private void validate() {
    SpecObserved event = latest;
    long generation = event.generation();
    ValidationReport report =
        ActivityStubs.validation()
            .validate(
                new ValidationRequest(ref.namespace(), ref.name(), event.spec(), appliedSpec));
    validatedGeneration = generation;
    if (!report.valid()) {
      violations = report.violations().stream().map(ClusterWorkflowImpl::describe).toList();
      operationDue = false; // converge keeps the newest spec, and the newest cannot be acted on
      if (!initialized) {
        setPhase(ClusterPhase.PENDING);
      }
      status.invalid(phase, generation, String.join("; ", violations));
      return;
    }
    violations = List.of();
    target = event;
    operationDue = true;
    status.valid(phase, generation, report.unsupportedFields());
  }

  private void runOperation() {
    boolean bootstrap = !initialized;
    Operation operation = bootstrap ? Operation.BOOTSTRAP : Operation.CONVERGE;
    SpecObserved spec = target;
    long generation = spec.generation();
    String reason = reason();
    String workflowId = bootstrap ? ids.bootstrap() : nextConvergeId(generation);
    // Running from here on, so the state query never shows the taken work as idle.
    runningOperation = operation;
    runningWorkflowId = workflowId;
    operationDue = false;
    renewal.taken();
    // The operation applies everything, so drift seen so far is repaired by it.
    pendingDrift.clear();
    if (!finalizerAdded) {
      status.addFinalizer();
      finalizerAdded = !gone;
    }
    if (gone) {
      clearRunning();
      return;
    }
    ClusterPhase operationPhase = bootstrap ? ClusterPhase.INITIALIZING : ClusterPhase.RUNNING;
    setPhase(operationPhase);
    String what = operation.displayName() + " " + workflowId + " for " + reason;
    status.operationStarted(
        operationPhase,
        generation,
        new OperationView(operation.displayName(), workflowId, Workflow.currentTimeMillis(), what));
    status.event(false, operation.displayName() + "Started", what + " started");
    describeWait();
    if (gone) {
      clearRunning();
      return;
    }
    ChildWorkflowOptions options =
        OperationOptions.child(
            ids,
            workflowId,
            operation,
            operationPhase,
            OperationOptions.summary(ref, operation, spec.spec(), reason));
    OperationInput input =
        new OperationInput(new ClusterSnapshot(ref, generation, spec.spec()), reason);
    CompletablePromise<OperationResult> result = Workflow.newPromise();
    CancellationScope scope =
        Workflow.newCancellationScope(
            () -> result.completeFrom(startChild(bootstrap, options, input)));
    scope.run();
    Workflow.await(() -> result.isCompleted() || gone || deletionRequested);
    if (!result.isCompleted()) {
      // Deletion preempts: the child stops first, so nothing it does races the delete.
      scope.cancel();
    }
    OperationResult done = null;
    String failure = null;
    try {
      done = result.get();
    } catch (TemporalFailure e) {
      failure = rootMessage(e);
    }
    // The operation counts as running until its end is reported, so the state query never
    // shows an idle cluster whose status does not say so yet.
    if (done != null) {
      succeeded(operation, spec, what, done);
    } else if (!gone && !deletionRequested) {
      failed(operation, generation, what, failure);
    }
    clearRunning();
  }

  private void clearRunning() {
    runningOperation = null;
    runningWorkflowId = null;
  }

  private static Promise<OperationResult> startChild(
      boolean bootstrap, ChildWorkflowOptions options, OperationInput input) {
    if (bootstrap) {
      return Async.function(
          Workflow.newChildWorkflowStub(BootstrapWorkflow.class, options)::run, input);
    }
    return Async.function(
        Workflow.newChildWorkflowStub(ConvergeWorkflow.class, options)::run, input);
  }

  private void succeeded(
      Operation operation, SpecObserved spec, String what, OperationResult result) {
    initialized = true;
    appliedSpec = spec.spec();
    appliedGeneration = spec.generation();
    appliedHashes.putAll(result.appliedHashes());
    // Drift reported while it ran that matches what it applied was its own doing.
    pendingDrift
        .entrySet()
        .removeIf(drift -> drift.getValue().equals(appliedHashes.get(drift.getKey())));
    lastFailure = null;
    setPhase(ClusterPhase.RUNNING);
    if (result.tls() != null) {
      certificateRenewAtMillis = result.tls().renewAtMillis();
    }
    renewal.arm(certificateRenewAtMillis);
    status.operationSucceeded(
        operation,
        spec.generation(),
        what,
        result,
        operation == Operation.BOOTSTRAP ? result.selfInitialized() : null,
        spec.spec().getVersion());
  }

  private void failed(Operation operation, long generation, String what, String message) {
    lastFailure = operation.displayName() + " failed: " + message;
    // Drift seen while a failed operation ran is most likely its own applies; retrying on it
    // would loop, so only later drift (or a new generation) tries again.
    pendingDrift.clear();
    setPhase(operation == Operation.BOOTSTRAP ? ClusterPhase.FAILED : ClusterPhase.RUNNING);
    status.operationFailed(operation, phase, generation, what, message);
  }

  /** Runs the Delete child; whether it finished (the workflow then ends). */
  private boolean delete() {
    String workflowId = ids.delete();
    DeleteInput input =
        new DeleteInput(
            ref,
            latest == null ? null : latest.spec().getDeletionPolicy(),
            target == null ? null : target.spec());
    long generation = latest == null ? 0 : latest.generation();
    String what = "Delete " + workflowId + " with deletionPolicy " + input.policy().wireValue();
    setPhase(ClusterPhase.DELETING);
    runningOperation = Operation.DELETE;
    runningWorkflowId = workflowId;
    status.operationStarted(
        ClusterPhase.DELETING,
        generation,
        new OperationView(
            Operation.DELETE.displayName(), workflowId, Workflow.currentTimeMillis(), what));
    status.event(false, "DeleteStarted", what + " started");
    describeWait();
    try {
      Workflow.newChildWorkflowStub(
              DeleteWorkflow.class,
              OperationOptions.child(
                  ids,
                  workflowId,
                  Operation.DELETE,
                  ClusterPhase.DELETING,
                  "Delete " + ref.displayName() + ": deletionPolicy " + input.policy().wireValue()))
          .run(input);
      return true;
    } catch (TemporalFailure failure) {
      // A human must fix the cause; a new deletion event (or the resource vanishing) retries.
      clearRunning();
      deletionRequested = false;
      lastFailure = "Delete failed: " + rootMessage(failure);
      status.event(true, "DeleteFailed", what + " failed: " + rootMessage(failure));
      return false;
    }
  }

  private ClusterOutcome end(String reason, String message) {
    if (successor != null) {
      ClusterRef next =
          new ClusterRef(ref.kubernetesCluster(), ref.namespace(), ref.name(), successor.uid());
      Workflow.continueAsNew(
          new ClusterWorkflowInput(next, continueAsNewAfterEvents, ClusterMemory.first(successor)));
    }
    Workflow.setCurrentDetails("Ended: " + reason + ", " + message);
    return new ClusterOutcome(reason, message);
  }

  private void continueAsNew() {
    Workflow.await(Workflow::isEveryHandlerFinished);
    Workflow.continueAsNew(new ClusterWorkflowInput(ref, continueAsNewAfterEvents, memory()));
  }

  private ClusterMemory memory() {
    return new ClusterMemory(
        latest,
        appliedSpec,
        appliedGeneration,
        initialized,
        appliedHashes,
        convergeRuns,
        certificateRenewAtMillis,
        !pendingDrift.isEmpty(),
        target,
        validatedGeneration,
        violations,
        operationDue,
        convergeGeneration,
        finalizerAdded,
        phase.displayName(),
        lastFailure,
        pendingDrift,
        backups.memory());
  }

  private String nextConvergeId(long generation) {
    if (convergeGeneration != generation) {
      convergeGeneration = generation;
      convergeRuns = 0;
    }
    convergeRuns++;
    return ids.converge(generation, convergeRuns);
  }

  private String reason() {
    if (operationDue) {
      return "generation " + target.generation();
    }
    if (!pendingDrift.isEmpty()) {
      return "drift of " + String.join(", ", pendingDrift.keySet());
    }
    return "certificate renewal";
  }

  private void setPhase(ClusterPhase next) {
    phase = next;
    upsertPhase();
  }

  private void upsertPhase() {
    String name = phase.displayName();
    if (!name.equals(Workflow.getTypedSearchAttributes().get(BaoFlowSearchAttributes.PHASE))) {
      Workflow.upsertTypedSearchAttributes(BaoFlowSearchAttributes.PHASE.valueSet(name));
    }
  }

  private void describeWait() {
    Workflow.setCurrentDetails(waitingFor());
  }

  /** What the workflow waits for and how to unblock it, for the UI and {@link #state}. */
  private String waitingFor() {
    return new Situation(
            runningOperation == null ? null : runningOperation.displayName(),
            runningWorkflowId,
            latest != null,
            violations,
            paused(),
            phase == ClusterPhase.DELETING,
            lastFailure,
            pending(),
            certificateRenewAtMillis,
            backups.nextMillis())
        .describe();
  }

  private List<String> pending() {
    return new Backlog(
            initialized,
            needsValidation() ? latest.generation() : 0,
            operationDue ? target.generation() : 0,
            pendingDrift.keySet(),
            renewal.due(),
            deletionRequested,
            backups.dueMillis(),
            backups.waitingRequests())
        .describe();
  }

  private static String describe(FieldViolation violation) {
    return violation.field() + ": " + violation.message();
  }

  private static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() instanceof TemporalFailure next) {
      cause = next;
    }
    return cause instanceof TemporalFailure temporal
        ? temporal.getOriginalMessage()
        : String.valueOf(cause.getMessage());
  }
}
