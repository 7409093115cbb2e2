package org.baoflow.workflows.activities;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import org.baoflow.api.v1alpha1.DeletionPolicy;
import org.baoflow.workflows.model.ClusterRef;

/**
 * What deleting a cluster removes beyond its owned resources (Kubernetes garbage-collects those
 * once the finalizer is gone): the pods first, then volumes and generated Secrets as the
 * deletionPolicy says. Retain keeps both; DeletePVCs removes the volumes and keeps the Secrets (the
 * unseal key still opens the cluster's backups); DeleteAll removes both (and, with the backup
 * issue, the backups).
 */
@ActivityInterface
public interface CleanupActivities {

  /**
   * Deletes the StatefulSets and waits until their pods are gone, so nothing writes to a volume
   * that is about to go. Heartbeats while it waits.
   */
  @ActivityMethod
  List<String> stopWorkload(ClusterRef ref);

  /** Deletes what {@code request.policy()} says; idempotent. */
  @ActivityMethod
  CleanupReport deleteData(CleanupRequest request);

  /**
   * What to delete.
   *
   * @param ref the cluster
   * @param policy the spec's deletionPolicy (Retain when unset)
   */
  record CleanupRequest(ClusterRef ref, DeletionPolicy policy) {}

  /**
   * What was deleted and what was kept, as {@code Kind/name}.
   *
   * @param deleted removed objects
   * @param kept objects the policy keeps
   */
  record CleanupReport(List<String> deleted, List<String> kept) {
    public CleanupReport {
      deleted = List.copyOf(deleted);
      kept = List.copyOf(kept);
    }
  }
}
