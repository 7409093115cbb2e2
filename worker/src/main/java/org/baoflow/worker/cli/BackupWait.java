package org.baoflow.worker.cli;

import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowExecutionDescription;
import java.time.Duration;
import java.util.Optional;
import org.baoflow.workflows.backup.BackupResult;

/**
 * Waits for a backup workflow by polling its description: it may not exist yet, since the cluster
 * workflow starts it only after the operation running now, so Temporal's result call, which needs
 * an existing workflow, cannot wait for it alone.
 */
final class BackupWait {
  private static final Duration FIRST_POLL = Duration.ofMillis(250);
  private static final Duration LONGEST_POLL = Duration.ofSeconds(5);

  private final TemporalSession session;
  private final Duration timeout;

  BackupWait(TemporalSession session, Duration timeout) {
    this.session = session;
    this.timeout = timeout;
  }

  /** Polls until backup workflow {@code workflowId} has ended or the timeout passed. */
  BackupOutcome await(String workflowId) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Duration poll = FIRST_POLL;
    boolean started = false;
    while (true) {
      Optional<WorkflowExecutionDescription> description = session.describe(workflowId);
      started |= description.isPresent();
      if (description.isPresent() && hasEnded(description.get())) {
        return outcome(workflowId, description.get());
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return new BackupOutcome.TimedOut(started);
      }
      Thread.sleep(Math.min(poll.toMillis(), Math.max(1, left / 1_000_000)));
      Duration doubled = poll.multipliedBy(2);
      poll = doubled.compareTo(LONGEST_POLL) < 0 ? doubled : LONGEST_POLL;
    }
  }

  private static boolean hasEnded(WorkflowExecutionDescription description) {
    return description.getStatus() != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
  }

  private BackupOutcome outcome(String workflowId, WorkflowExecutionDescription description) {
    try {
      return new BackupOutcome.Succeeded(
          session.client().newUntypedWorkflowStub(workflowId).getResult(BackupResult.class));
    } catch (WorkflowException e) {
      return new BackupOutcome.Failed(
          StatusCommand.statusName(description.getStatus()), FailureMessages.reason(e));
    }
  }
}
