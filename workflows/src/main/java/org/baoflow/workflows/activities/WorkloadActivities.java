package org.baoflow.workflows.activities;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import org.baoflow.workflows.model.ClusterSnapshot;

/**
 * The cluster's pods and volumes: waits that heartbeat, and the deletions the workflows order one
 * at a time (the StatefulSet's update strategy is OnDelete, so BaoFlow decides when a pod
 * restarts).
 */
@ActivityInterface
public interface WorkloadActivities {

  /**
   * Waits until the StatefulSet has {@code replicas} pods, all Ready and, when {@code current}, all
   * running its current pod template. Heartbeats with what it waits for; a pod in CrashLoopBackOff,
   * ImagePullBackOff or ErrImagePull ends it at once with a non-retryable {@link
   * FailureTypes#POD_FAILURE} naming the pod, the container and the reason.
   */
  @ActivityMethod
  PodsState awaitPods(AwaitPodsRequest request);

  /** The StatefulSet's pods now, without waiting. */
  @ActivityMethod
  PodsState pods(ClusterSnapshot cluster);

  /**
   * Deletes one pod so the StatefulSet recreates it from the current template. Idempotent: a pod
   * that is already gone, or already recreated since {@code request.uid}, is left alone.
   */
  @ActivityMethod
  void deletePod(PodRequest request);

  /**
   * Deletes the PersistentVolumeClaims of the ordinals at or above {@code request.fromOrdinal()},
   * so a later scale-up starts those pods empty instead of rejoining with stale raft data.
   */
  @ActivityMethod
  List<String> deleteVolumes(VolumesRequest request);

  /**
   * What to wait for.
   *
   * @param cluster the cluster
   * @param replicas pods that must be Ready
   * @param current whether every pod must run the StatefulSet's current template
   */
  record AwaitPodsRequest(ClusterSnapshot cluster, int replicas, boolean current) {}

  /**
   * A pod to delete.
   *
   * @param cluster the cluster
   * @param pod the pod's name
   * @param uid the uid of the pod the workflow decided to delete, so a retry never deletes its
   *     replacement
   */
  record PodRequest(ClusterSnapshot cluster, String pod, String uid) {}

  /**
   * Volumes to delete.
   *
   * @param cluster the cluster
   * @param fromOrdinal the lowest ordinal whose volumes go
   */
  record VolumesRequest(ClusterSnapshot cluster, int fromOrdinal) {}

  /**
   * The StatefulSet's pods.
   *
   * @param pods by ordinal
   */
  record PodsState(List<PodInfo> pods) {
    public PodsState {
      pods = List.copyOf(pods);
    }

    /** How many pods are Ready. */
    public int ready() {
      return (int) pods.stream().filter(PodInfo::ready).count();
    }
  }

  /**
   * One pod.
   *
   * @param name its name, which is also its raft node id
   * @param uid its uid
   * @param ordinal its ordinal
   * @param ready whether it is Ready
   * @param stale whether it runs an older pod template than the StatefulSet's current one
   */
  record PodInfo(String name, String uid, int ordinal, boolean ready, boolean stale) {}
}
