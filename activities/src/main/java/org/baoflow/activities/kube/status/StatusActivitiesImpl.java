package org.baoflow.activities.kube.status;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.baoflow.activities.kube.KubeSettings;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.OpenBaoClusterStatus;
import org.baoflow.workflows.activities.StatusActivities;
import org.baoflow.workflows.activities.StatusActivities.BackupStatusUpdate;
import org.baoflow.workflows.model.ClusterRef;

/**
 * The OpenBaoCluster's finalizer, status and Events. Every write is a read-modify-write that
 * carries the resourceVersion it read and runs again on a conflict, so it never overwrites what
 * somebody else (a user's label, the watcher's view) wrote in between.
 */
public final class StatusActivitiesImpl implements StatusActivities {
  private final KubernetesClient kube;
  private final Clock clock;
  private final ClusterEvents events;

  /**
   * @param kube the Kubernetes cluster's client
   * @param settings the worker's Kubernetes settings
   * @param clock the source of {@code lastTransitionTime}s and Event timestamps
   */
  public StatusActivitiesImpl(KubernetesClient kube, KubeSettings settings, Clock clock) {
    this.kube = Objects.requireNonNull(kube, "kube");
    Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.events = new ClusterEvents(kube);
  }

  /**
   * {@inheritDoc}
   *
   * <p>A resource already being deleted is left as it is: Kubernetes refuses new finalizers on it.
   */
  @Override
  public void addFinalizer(ClusterRef ref) {
    Conflicts.retry(
        () -> {
          OpenBaoCluster cluster = ClusterLookup.require(kube, ref);
          List<String> finalizers = cluster.getMetadata().getFinalizers();
          if (finalizers.contains(KubeSettings.FINALIZER)
              || cluster.getMetadata().getDeletionTimestamp() != null) {
            return cluster;
          }
          List<String> added = new ArrayList<>(finalizers);
          added.add(KubeSettings.FINALIZER);
          cluster.getMetadata().setFinalizers(added);
          return kube.resource(cluster).update();
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>A resource of the same name with another uid counts as gone too: the finalizer was on the
   * resource this workflow managed, and the other one is never touched.
   */
  @Override
  public void removeFinalizer(ClusterRef ref) {
    Conflicts.retry(
        () -> {
          OpenBaoCluster cluster = ClusterLookup.find(kube, ref).orElse(null);
          if (cluster == null
              || !cluster.getMetadata().getFinalizers().contains(KubeSettings.FINALIZER)) {
            return cluster;
          }
          List<String> remaining = new ArrayList<>(cluster.getMetadata().getFinalizers());
          remaining.remove(KubeSettings.FINALIZER);
          cluster.getMetadata().setFinalizers(remaining);
          return kube.resource(cluster).update();
        });
  }

  @Override
  public boolean writeStatus(StatusUpdate update) {
    return write(update.ref(), current -> StatusMerge.apply(current, update, clock.instant()));
  }

  @Override
  public boolean writeBackupStatus(BackupStatusUpdate update) {
    return write(
        update.ref(), current -> StatusMerge.applyBackup(current, update, clock.instant()));
  }

  private boolean write(ClusterRef ref, UnaryOperator<OpenBaoClusterStatus> change) {
    return Conflicts.retry(
        () -> {
          OpenBaoCluster cluster = ClusterLookup.require(kube, ref);
          OpenBaoClusterStatus next = change.apply(cluster.getStatus());
          if (StatusMerge.same(cluster.getStatus(), next)) {
            return false;
          }
          cluster.setStatus(next);
          kube.resource(cluster).updateStatus();
          return true;
        });
  }

  @Override
  public void recordEvent(ClusterEvent event) {
    events.record(ClusterLookup.require(kube, event.ref()), event, clock.instant());
  }
}
