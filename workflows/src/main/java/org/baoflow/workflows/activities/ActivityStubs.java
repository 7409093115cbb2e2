package org.baoflow.workflows.activities;

import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * Activity stubs with BaoFlow's timeouts and retry policy, for workflow code. Every stub carries a
 * summary, the label the Temporal UI shows on the activity in the timeline.
 *
 * <p>Retries: transient failures retry forever with backoff up to 30 s (an operator keeps trying,
 * and status says why it waits); the {@link FailureTypes} are never retried. Waits heartbeat, so a
 * dead worker's attempt is retried after the heartbeat timeout instead of the long start-to-close.
 */
public final class ActivityStubs {
  private static final RetryOptions RETRY =
      RetryOptions.newBuilder()
          .setInitialInterval(Duration.ofSeconds(1))
          .setBackoffCoefficient(2)
          .setMaximumInterval(Duration.ofSeconds(30))
          .setDoNotRetry(
              FailureTypes.INVALID_SPEC,
              FailureTypes.CLUSTER_GONE,
              FailureTypes.POD_FAILURE,
              FailureTypes.INVALID_TLS,
              FailureTypes.INITIALIZED_ELSEWHERE,
              FailureTypes.SECRET_CONFLICT)
          .build();

  /**
   * Calls that do one thing against an API and return. 30 s is ample for one call and bounds how
   * long a task lost with a stopped worker (one its poll received as it shut down) waits for its
   * retry.
   */
  private static final ActivityOptions SHORT =
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.ofSeconds(30))
          .setRetryOptions(RETRY)
          .build();

  /** Calls that wait for something and heartbeat while they do. */
  private static final ActivityOptions WAIT =
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.ofMinutes(30))
          .setHeartbeatTimeout(Duration.ofSeconds(30))
          .setRetryOptions(RETRY)
          .build();

  /**
   * Backups give up after {@link #BACKUP_ATTEMPTS} attempts (about 1.5 minutes of backoff), unlike
   * the operations that converge a cluster: a backup that cannot be taken now fails, status says
   * why, and the next fire or request tries again.
   */
  static final int BACKUP_ATTEMPTS = 8;

  /**
   * Backup steps: streaming a large snapshot may take hours, so the start-to-close is long and a
   * dead worker is noticed by the heartbeat instead.
   */
  private static final ActivityOptions BACKUP =
      ActivityOptions.newBuilder()
          .setStartToCloseTimeout(Duration.ofHours(6))
          .setHeartbeatTimeout(Duration.ofSeconds(30))
          .setRetryOptions(
              RetryOptions.newBuilder(RETRY).setMaximumAttempts(BACKUP_ATTEMPTS).build())
          .build();

  private ActivityStubs() {}

  /** Validation, local to the workflow task. */
  public static ValidationActivities validation() {
    return Workflow.newLocalActivityStub(
        ValidationActivities.class,
        LocalActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofSeconds(30))
            .setRetryOptions(RETRY)
            .build());
  }

  /** Finalizer, status and Events. */
  public static StatusActivities status(String summary) {
    return Workflow.newActivityStub(StatusActivities.class, with(SHORT, summary));
  }

  /** Rendering and server-side apply. */
  public static ResourceActivities resources(String summary) {
    return Workflow.newActivityStub(ResourceActivities.class, with(SHORT, summary));
  }

  /** TLS, unseal key and demo password Secrets. */
  public static SecretActivities secrets(String summary) {
    return Workflow.newActivityStub(SecretActivities.class, with(SHORT, summary));
  }

  /** Pods and volumes; its waits heartbeat. */
  public static WorkloadActivities workload(String summary) {
    return Workflow.newActivityStub(WorkloadActivities.class, with(WAIT, summary));
  }

  /** OpenBao's API; its waits heartbeat. */
  public static BaoActivities bao(String summary) {
    return Workflow.newActivityStub(BaoActivities.class, with(WAIT, summary));
  }

  /** Deletion; its waits heartbeat. */
  public static CleanupActivities cleanup(String summary) {
    return Workflow.newActivityStub(CleanupActivities.class, with(WAIT, summary));
  }

  /** Raft snapshots to object storage; gives up after {@link #BACKUP_ATTEMPTS} attempts. */
  public static BackupActivities backup(String summary) {
    return Workflow.newActivityStub(BackupActivities.class, with(BACKUP, summary));
  }

  private static ActivityOptions with(ActivityOptions options, String summary) {
    return ActivityOptions.newBuilder(options).setSummary(summary).build();
  }
}
