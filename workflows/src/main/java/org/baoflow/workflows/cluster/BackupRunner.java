package org.baoflow.workflows.cluster;

import com.uber.m3.tally.Scope;
import com.uber.m3.util.Duration;
import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.CompletablePromise;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.baoflow.workflows.activities.StatusActivities.BackupView;
import org.baoflow.workflows.activities.StatusActivities.Condition;
import org.baoflow.workflows.activities.StatusActivities.OperationView;
import org.baoflow.workflows.backup.BackupResult;
import org.baoflow.workflows.backup.BackupWorkflow;
import org.baoflow.workflows.ids.ClusterWorkflowIds;
import org.baoflow.workflows.steps.Failures;
import org.baoflow.workflows.visibility.ClusterPhase;
import org.baoflow.workflows.visibility.Operation;

/**
 * Runs backups as children of the cluster workflow and tells users about them: {@code
 * status.backup}, the {@code BackupHealthy} condition, Events and metrics. It owns the {@link
 * BackupView} and writes it whenever it changed, so {@code nextScheduledBackup} follows the timer.
 *
 * <p>Metrics (tagged {@code cluster=<k8s>/<ns>/<name>}, reported by the worker that ran the
 * workflow task): {@code baoflow_backups{outcome}}, {@code baoflow_backup_bytes}, {@code
 * baoflow_backup_duration} and {@code baoflow_backup_last_success_timestamp_seconds} (the newest
 * good backup's age is {@code time()} minus it).
 */
final class BackupRunner {
  /** {@code BackupHealthy} turns False from this many consecutive failed backups on. */
  static final int UNHEALTHY_AFTER = 1;

  private final ClusterWorkflowIds ids;
  private final StatusReporter status;
  private BackupView written;
  private List<Condition> conditions = List.of();

  // What status.backup says, field by field (see BackupView).
  private String workflowId;
  private Long lastBackupMillis;
  private String lastBackupKey;
  private Long lastBackupSize;
  private String lastBackupSha256;
  private Long lastBackupDurationMillis;
  private Long lastAttemptMillis;
  private Long nextScheduledMillis;
  private int consecutiveFailures;
  private String lastFailureReason;
  private String lastHandledTrigger;

  BackupRunner(ClusterWorkflowIds ids, StatusReporter status, BackupView carried) {
    this.ids = ids;
    this.status = status;
    BackupView view = carried == null ? BackupView.NONE : carried;
    workflowId = view.workflowId();
    lastBackupMillis = view.lastBackupMillis();
    lastBackupKey = view.lastBackupKey();
    lastBackupSize = view.lastBackupSize();
    lastBackupSha256 = view.lastBackupSha256();
    lastBackupDurationMillis = view.lastBackupDurationMillis();
    lastAttemptMillis = view.lastAttemptMillis();
    nextScheduledMillis = view.nextScheduledMillis();
    consecutiveFailures = view.consecutiveFailures();
    lastFailureReason = view.lastFailureReason();
    lastHandledTrigger = view.lastHandledTrigger();
    written = view;
  }

  BackupView view() {
    return new BackupView(
        workflowId,
        lastBackupMillis,
        lastBackupKey,
        lastBackupSize,
        lastBackupSha256,
        lastBackupDurationMillis,
        lastAttemptMillis,
        nextScheduledMillis,
        consecutiveFailures,
        lastFailureReason,
        lastHandledTrigger);
  }

  /** The next scheduled fire, 0 for none. */
  void nextScheduled(long millis) {
    nextScheduledMillis = millis > 0 ? millis : null;
  }

  /** A manual request was handled (ran, or was refused). */
  void handledTrigger(String requestId) {
    lastHandledTrigger = requestId;
  }

  /** Whether {@code status.backup} is behind what this runner knows. */
  boolean stale() {
    return !view().equals(written);
  }

  /** Writes {@code status.backup} and the pending condition, if they changed. */
  void report() {
    if (!stale() && conditions.isEmpty()) {
      return;
    }
    BackupView sent = view();
    status.backup(sent, conditions);
    written = sent;
    conditions = List.of();
  }

  /**
   * Runs {@code job} in {@code phase} and reports how it ended; returns early, cancelling it, when
   * {@code preempted} turns true (the resource is being deleted or is gone).
   */
  void run(
      BackupJob job,
      ClusterPhase phase,
      long generation,
      String summary,
      BooleanSupplier preempted) {
    long startedAt = Workflow.currentTimeMillis();
    workflowId = job.workflowId();
    lastAttemptMillis = startedAt;
    status.backupStarted(
        phase,
        new OperationView(Operation.BACKUP.displayName(), job.workflowId(), startedAt, job.what()));
    report();
    status.event(false, "BackupStarted", job.what() + " started");
    ChildWorkflowOptions options =
        OperationOptions.child(ids, job.workflowId(), Operation.BACKUP, phase, summary);
    CompletablePromise<BackupResult> result = Workflow.newPromise();
    CancellationScope scope =
        Workflow.newCancellationScope(
            () ->
                result.completeFrom(
                    Async.function(
                        Workflow.newChildWorkflowStub(BackupWorkflow.class, options)::run,
                        job.input())));
    scope.run();
    Workflow.await(() -> result.isCompleted() || preempted.getAsBoolean());
    if (!result.isCompleted()) {
      scope.cancel();
      return;
    }
    try {
      succeeded(job, generation, result.get());
    } catch (TemporalFailure failure) {
      failed(job, generation, Failures.message(failure));
    }
    status.backupEnded(phase);
  }

  private void succeeded(BackupJob job, long generation, BackupResult result) {
    lastBackupMillis = result.finishedAtMillis();
    lastBackupKey = result.objectKey();
    lastBackupSize = result.size();
    lastBackupSha256 = result.sha256();
    lastBackupDurationMillis = result.finishedAtMillis() - result.startedAtMillis();
    consecutiveFailures = 0;
    lastFailureReason = null;
    String message =
        "Last backup "
            + result.objectKey()
            + " at "
            + Instant.ofEpochMilli(result.finishedAtMillis())
            + ", "
            + result.size()
            + " bytes, SHA-256 "
            + result.sha256();
    reportHealth(true, "BackupSucceeded", message, generation);
    status.event(false, "BackupSucceeded", job.what() + " finished: " + message);
    if (result.retentionProblem() != null) {
      status.event(
          true,
          "RetentionFailed",
          "Retention after "
              + job.workflowId()
              + " failed: "
              + result.retentionProblem()
              + "; the next backup tries again");
    }
    Scope metrics = metrics();
    metrics.tagged(Map.of("outcome", "succeeded")).counter("baoflow_backups").inc(1);
    metrics.counter("baoflow_backup_bytes").inc(result.size());
    metrics
        .timer("baoflow_backup_duration")
        .record(Duration.ofMillis(result.finishedAtMillis() - result.startedAtMillis()));
    metrics
        .gauge("baoflow_backup_last_success_timestamp_seconds")
        .update(result.finishedAtMillis() / 1000.0);
  }

  private void failed(BackupJob job, long generation, String reason) {
    consecutiveFailures++;
    lastFailureReason = job.what() + " failed: " + reason;
    boolean healthy = consecutiveFailures < UNHEALTHY_AFTER;
    String message =
        consecutiveFailures + " consecutive backup(s) failed; last: " + lastFailureReason;
    reportHealth(healthy, "BackupFailed", message, generation);
    status.event(true, "BackupFailed", job.what() + " failed: " + reason);
    metrics().tagged(Map.of("outcome", "failed")).counter("baoflow_backups").inc(1);
  }

  /** Writes {@code status.backup} with condition {@code BackupHealthy}. */
  private void reportHealth(boolean healthy, String reason, String message, long generation) {
    conditions =
        List.of(StatusReporter.condition("BackupHealthy", healthy, reason, message, generation));
    report();
  }

  private Scope metrics() {
    return Workflow.getMetricsScope().tagged(Map.of("cluster", ids.searchAttribute()));
  }
}
