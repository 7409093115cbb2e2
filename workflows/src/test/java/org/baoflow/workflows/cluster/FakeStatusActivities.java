package org.baoflow.workflows.cluster;

import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.activities.StatusActivities;
import org.baoflow.workflows.activities.StatusActivities.BackupStatusUpdate;
import org.baoflow.workflows.activities.StatusActivities.BackupView;
import org.baoflow.workflows.model.ClusterRef;

/** Records what the cluster workflow writes to the OpenBaoCluster. */
final class FakeStatusActivities implements StatusActivities {
  final List<ClusterRef> finalizers = new CopyOnWriteArrayList<>();
  final List<StatusUpdate> updates = new CopyOnWriteArrayList<>();
  final List<ClusterEvent> events = new CopyOnWriteArrayList<>();
  final List<BackupStatusUpdate> backupUpdates = new CopyOnWriteArrayList<>();

  /** The resource is gone: adding the finalizer fails as the real activity does. */
  volatile boolean resourceGone;

  @Override
  public void addFinalizer(ClusterRef ref) {
    if (resourceGone) {
      throw ApplicationFailure.newNonRetryableFailure(
          "OpenBaoCluster openbao/dev is gone", FailureTypes.CLUSTER_GONE);
    }
    finalizers.add(ref);
  }

  @Override
  public void removeFinalizer(ClusterRef ref) {
    finalizers.remove(ref);
  }

  @Override
  public boolean writeStatus(StatusUpdate update) {
    updates.add(update);
    return true;
  }

  @Override
  public boolean writeBackupStatus(BackupStatusUpdate update) {
    backupUpdates.add(update);
    return true;
  }

  /** The last {@code status.backup} written. */
  BackupView lastBackup() {
    return backupUpdates.isEmpty() ? null : backupUpdates.get(backupUpdates.size() - 1).backup();
  }

  @Override
  public void recordEvent(ClusterEvent event) {
    events.add(event);
  }

  List<String> eventReasons() {
    return events.stream().map(ClusterEvent::reason).toList();
  }

  StatusUpdate lastUpdate() {
    return updates.get(updates.size() - 1);
  }
}
