package org.baoflow.workflows.activities;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import org.baoflow.workflows.model.ClusterRef;

/**
 * What users see on the OpenBaoCluster: its finalizer, its status and its Events. Every call checks
 * the resource's uid and fails non-retryably with {@link FailureTypes#CLUSTER_GONE} when the
 * resource is gone or another one has its name.
 */
@ActivityInterface
public interface StatusActivities {

  /** Adds BaoFlow's finalizer {@code openbao.org/openbaocluster-finalizer}; idempotent. */
  @ActivityMethod
  void addFinalizer(ClusterRef ref);

  /** Removes BaoFlow's finalizer; a resource already gone counts as done. */
  @ActivityMethod
  void removeFinalizer(ClusterRef ref);

  /**
   * Patches the status subresource with the fields {@code update} sets, and only when something
   * changed. Conditions are merged by type; a condition keeps its {@code lastTransitionTime} while
   * its status stays the same.
   *
   * @return whether the status changed
   */
  @ActivityMethod
  boolean writeStatus(StatusUpdate update);

  /**
   * Replaces {@code status.backup} with {@code update.backup()} and merges {@code
   * update.conditions()} like {@link #writeStatus}, only when something changed.
   *
   * @return whether the status changed
   */
  @ActivityMethod
  boolean writeBackupStatus(BackupStatusUpdate update);

  /** Records a Kubernetes Event on the OpenBaoCluster (repeats are counted, not duplicated). */
  @ActivityMethod
  void recordEvent(ClusterEvent event);

  /**
   * A status change; {@code null} fields are left as they are.
   *
   * @param ref the cluster
   * @param phase the new {@code status.phase} (a {@code ClusterPhase} display name)
   * @param observedGeneration the generation this status describes
   * @param conditions conditions to set, merged by type with the others
   * @param operation the operation running now; see {@code clearOperation}
   * @param clearOperation remove {@code status.operation}: nothing runs any more
   * @param initialized OpenBao is initialized
   * @param selfInitialized OpenBao initialized itself
   * @param readyReplicas Ready pods
   * @param activeLeader the raft leader's pod
   * @param currentVersion the version every node runs
   * @param workflowId the cluster workflow's ID
   */
  record StatusUpdate(
      ClusterRef ref,
      String phase,
      Long observedGeneration,
      List<Condition> conditions,
      OperationView operation,
      boolean clearOperation,
      Boolean initialized,
      Boolean selfInitialized,
      Integer readyReplicas,
      String activeLeader,
      String currentVersion,
      String workflowId) {

    /** A status update of {@code ref} that changes nothing yet. */
    public static StatusUpdate of(ClusterRef ref) {
      return new StatusUpdate(
          ref, null, null, List.of(), null, false, null, null, null, null, null, null);
    }

    public StatusUpdate {
      conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
  }

  /**
   * A Kubernetes condition.
   *
   * @param type such as {@code Valid} or {@code Available}
   * @param status {@code True}, {@code False} or {@code Unknown}
   * @param reason one CamelCase word
   * @param message details for humans
   * @param observedGeneration the generation it was computed from
   */
  record Condition(
      String type, String status, String reason, String message, long observedGeneration) {}

  /**
   * {@code status.operation}.
   *
   * @param kind an {@code Operation} display name
   * @param workflowId the operation's workflow ID, to look up in the Temporal UI
   * @param startedAtMillis when it started (workflow time)
   * @param message what it does or waits for
   */
  record OperationView(String kind, String workflowId, long startedAtMillis, String message) {}

  /**
   * An Event.
   *
   * @param ref the cluster
   * @param warning a Warning rather than a Normal event
   * @param reason one CamelCase word
   * @param message details for humans
   */
  record ClusterEvent(ClusterRef ref, boolean warning, String reason, String message) {}

  /**
   * {@code status.backup}: what the cluster workflow knows of its backups. Times are epoch millis
   * of workflow time; {@code null} means not known yet.
   *
   * @param workflowId the last backup workflow's ID, to look up in the Temporal UI
   * @param lastBackupMillis when the last good backup finished
   * @param lastBackupKey its snapshot object's key
   * @param lastBackupSize its size in bytes
   * @param lastBackupSha256 its SHA-256, lower-case hex
   * @param lastBackupDurationMillis how long it took, from its start to its manifest
   * @param lastAttemptMillis when the last backup, good or not, started
   * @param nextScheduledMillis the next fire of {@code spec.backup.schedule}
   * @param consecutiveFailures backups failed since the last good one
   * @param lastFailureReason why the last failed backup failed; {@code null} after a good one
   * @param lastHandledTrigger the last manual request id handled (annotation or backupNow)
   */
  record BackupView(
      String workflowId,
      Long lastBackupMillis,
      String lastBackupKey,
      Long lastBackupSize,
      String lastBackupSha256,
      Long lastBackupDurationMillis,
      Long lastAttemptMillis,
      Long nextScheduledMillis,
      int consecutiveFailures,
      String lastFailureReason,
      String lastHandledTrigger) {

    /** Nothing known yet. */
    public static final BackupView NONE =
        new BackupView(null, null, null, null, null, null, null, null, 0, null, null);
  }

  /**
   * A change of {@code status.backup}.
   *
   * @param ref the cluster
   * @param backup the whole block
   * @param conditions conditions to set (such as {@code BackupHealthy}), merged by type
   */
  record BackupStatusUpdate(ClusterRef ref, BackupView backup, List<Condition> conditions) {
    public BackupStatusUpdate {
      conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
  }
}
