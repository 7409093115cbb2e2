package org.baoflow.activities.kube.status;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.baoflow.api.v1alpha1.BackupStatus;
import org.baoflow.api.v1alpha1.OpenBaoClusterStatus;
import org.baoflow.api.v1alpha1.OperationStatus;
import org.baoflow.api.v1alpha1.StatusCondition;
import org.baoflow.api.validation.GoDuration;
import org.baoflow.workflows.activities.StatusActivities.BackupStatusUpdate;
import org.baoflow.workflows.activities.StatusActivities.BackupView;
import org.baoflow.workflows.activities.StatusActivities.Condition;
import org.baoflow.workflows.activities.StatusActivities.OperationView;
import org.baoflow.workflows.activities.StatusActivities.StatusUpdate;

/**
 * The status a {@link StatusUpdate} leads to, computed without touching the current one: fields the
 * update leaves {@code null} keep their value, conditions are merged by type, and a condition's
 * {@code lastTransitionTime} moves only when its status changes (Kubernetes' convention, so users
 * see how long a condition has held).
 */
final class StatusMerge {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private StatusMerge() {}

  /**
   * The new status.
   *
   * @param current the status now; {@code null} for a resource that has none yet
   * @param update what changes
   * @param now when a condition that changes status transitioned
   */
  static OpenBaoClusterStatus apply(
      OpenBaoClusterStatus current, StatusUpdate update, Instant now) {
    OpenBaoClusterStatus next =
        current == null ? new OpenBaoClusterStatus() : SERIALIZATION.clone(current);
    if (update.phase() != null) {
      next.setPhase(update.phase());
    }
    if (update.observedGeneration() != null) {
      next.setObservedGeneration(update.observedGeneration());
    }
    if (update.initialized() != null) {
      next.setInitialized(update.initialized());
    }
    if (update.selfInitialized() != null) {
      next.setSelfInitialized(update.selfInitialized());
    }
    if (update.readyReplicas() != null) {
      next.setReadyReplicas(update.readyReplicas());
    }
    if (update.activeLeader() != null) {
      next.setActiveLeader(update.activeLeader());
    }
    if (update.currentVersion() != null) {
      next.setCurrentVersion(update.currentVersion());
    }
    if (update.workflowId() != null) {
      next.setWorkflowId(update.workflowId());
    }
    if (update.clearOperation()) {
      next.setOperation(null);
    } else if (update.operation() != null) {
      next.setOperation(operation(update.operation()));
    }
    if (!update.conditions().isEmpty()) {
      next.setConditions(mergeConditions(next.getConditions(), update.conditions(), now));
    }
    return next;
  }

  /**
   * The status with {@code status.backup} replaced by {@code update.backup()} and {@code
   * update.conditions()} merged.
   */
  static OpenBaoClusterStatus applyBackup(
      OpenBaoClusterStatus current, BackupStatusUpdate update, Instant now) {
    OpenBaoClusterStatus next =
        current == null ? new OpenBaoClusterStatus() : SERIALIZATION.clone(current);
    next.setBackup(backup(update.backup()));
    if (!update.conditions().isEmpty()) {
      next.setConditions(mergeConditions(next.getConditions(), update.conditions(), now));
    }
    return next;
  }

  private static BackupStatus backup(BackupView view) {
    BackupStatus backup = new BackupStatus();
    backup.setWorkflowId(view.workflowId());
    backup.setLastBackupTime(time(view.lastBackupMillis()));
    backup.setLastBackupKey(view.lastBackupKey());
    backup.setLastBackupSize(view.lastBackupSize());
    backup.setLastBackupSha256(view.lastBackupSha256());
    backup.setLastBackupDuration(
        view.lastBackupDurationMillis() == null
            ? null
            : GoDuration.format(Duration.ofMillis(view.lastBackupDurationMillis())));
    backup.setLastAttemptTime(time(view.lastAttemptMillis()));
    backup.setNextScheduledBackup(time(view.nextScheduledMillis()));
    backup.setConsecutiveFailures(view.consecutiveFailures());
    backup.setLastFailureReason(view.lastFailureReason());
    backup.setLastHandledTrigger(view.lastHandledTrigger());
    return backup;
  }

  private static String time(Long millis) {
    return millis == null ? null : rfc3339(Instant.ofEpochMilli(millis));
  }

  /** Whether two statuses say the same, field by field. */
  static boolean same(OpenBaoClusterStatus a, OpenBaoClusterStatus b) {
    return Objects.equals(tree(a), tree(b));
  }

  private static Object tree(OpenBaoClusterStatus status) {
    return status == null
        ? SERIALIZATION.convertValue(new OpenBaoClusterStatus(), Object.class)
        : SERIALIZATION.convertValue(status, Object.class);
  }

  private static List<StatusCondition> mergeConditions(
      List<StatusCondition> current, List<Condition> updates, Instant now) {
    List<StatusCondition> merged = current == null ? new ArrayList<>() : new ArrayList<>(current);
    for (Condition update : updates) {
      int index = indexOf(merged, update.type());
      StatusCondition previous = index < 0 ? null : merged.get(index);
      StatusCondition next = condition(update, previous, now);
      if (index < 0) {
        merged.add(next);
      } else {
        merged.set(index, next);
      }
    }
    return merged;
  }

  private static int indexOf(List<StatusCondition> conditions, String type) {
    for (int i = 0; i < conditions.size(); i++) {
      if (type.equals(conditions.get(i).getType())) {
        return i;
      }
    }
    return -1;
  }

  private static StatusCondition condition(
      Condition update, StatusCondition previous, Instant now) {
    StatusCondition condition = new StatusCondition();
    condition.setType(update.type());
    condition.setStatus(update.status());
    condition.setReason(update.reason());
    condition.setMessage(update.message());
    condition.setObservedGeneration(update.observedGeneration());
    boolean unchanged =
        previous != null
            && update.status().equals(previous.getStatus())
            && previous.getLastTransitionTime() != null;
    condition.setLastTransitionTime(unchanged ? previous.getLastTransitionTime() : rfc3339(now));
    return condition;
  }

  private static OperationStatus operation(OperationView view) {
    OperationStatus operation = new OperationStatus();
    operation.setKind(view.kind());
    operation.setWorkflowId(view.workflowId());
    operation.setStartedAt(rfc3339(Instant.ofEpochMilli(view.startedAtMillis())));
    operation.setMessage(view.message());
    return operation;
  }

  /** Kubernetes' timestamp format: RFC 3339 in UTC, whole seconds. */
  static String rfc3339(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
