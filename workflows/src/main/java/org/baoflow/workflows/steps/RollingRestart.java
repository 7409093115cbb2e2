package org.baoflow.workflows.steps;

import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.TimerOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.baoflow.workflows.activities.ActivityStubs;
import org.baoflow.workflows.activities.BaoActivities.NodeRequest;
import org.baoflow.workflows.activities.BaoActivities.RaftState;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.activities.WorkloadActivities.PodInfo;
import org.baoflow.workflows.activities.WorkloadActivities.PodRequest;
import org.baoflow.workflows.activities.WorkloadActivities.PodsState;
import org.baoflow.workflows.model.ClusterSnapshot;

/**
 * Restarts the pods that run an older template, one at a time (the StatefulSet's update strategy is
 * OnDelete, so nothing restarts unless the workflow deletes it): followers first, the leader last
 * after it stepped down, and each pod back Ready and raft healthy before the next goes, so the
 * cluster keeps its quorum and answers throughout.
 */
public final class RollingRestart {
  /** How long to wait between checks that a deleted pod is back. */
  static final Duration RECHECK = Duration.ofSeconds(2);

  /**
   * Checks before giving up on a pod that never comes back; awaitPods itself waits for Ready, so
   * this only bounds a StatefulSet controller that does not recreate the pod at all.
   */
  static final int MAX_CHECKS = 150;

  private final ClusterSnapshot cluster;
  private final ClusterWaits waits;
  private final Progress progress;

  /** Restarts of {@code cluster}'s pods, reported through {@code progress}. */
  public RollingRestart(ClusterSnapshot cluster, ClusterWaits waits, Progress progress) {
    this.cluster = cluster;
    this.waits = waits;
    this.progress = progress;
  }

  /**
   * Restarts the stale pods of {@code pods} (all {@code replicas} of them Ready) and returns their
   * names in restart order; none when no pod is stale.
   */
  public List<String> restartStale(PodsState pods, int replicas) {
    if (pods.pods().stream().noneMatch(PodInfo::stale)) {
      return List.of();
    }
    List<String> members = RestartPlan.names(pods);
    // The plan needs the leader, and no pod may go before every member votes.
    RaftState raft = waits.voters(members);
    List<String> restarted = new ArrayList<>();
    for (PodInfo pod : RestartPlan.order(pods.pods(), raft.leader())) {
      progress.step("Restarting pod " + pod.name() + " on the current template");
      if (RestartPlan.stepDownFirst(pod, raft.leader(), members.size())) {
        stepDown(pod);
      }
      ActivityStubs.workload("Delete pod " + pod.name())
          .deletePod(new PodRequest(cluster, pod.name(), pod.uid()));
      awaitReplaced(pod, replicas);
      raft = waits.voters(members);
      restarted.add(pod.name());
    }
    return List.copyOf(restarted);
  }

  private void stepDown(PodInfo leader) {
    Workflow.setCurrentDetails(
        "Waiting for leader "
            + leader.name()
            + " to step down and another pod to lead, before it restarts. If no pod takes over,"
            + " check the other pods' logs and `bao operator raft list-peers`.");
    ActivityStubs.bao("Step down leader " + leader.name())
        .stepDown(new NodeRequest(cluster, leader.name()));
  }

  /**
   * awaitPods returns as soon as {@code replicas} pods are Ready, which the deleted pod may still
   * be while it terminates; so the workflow checks that a new pod took its place.
   */
  private void awaitReplaced(PodInfo deleted, int replicas) {
    for (int check = 0; check < MAX_CHECKS; check++) {
      if (RestartPlan.replaced(waits.pods(replicas, false), deleted)) {
        return;
      }
      Workflow.setCurrentDetails(
          "Waiting for pod "
              + deleted.name()
              + " to be recreated from the current template. If it is not, check `kubectl -n "
              + cluster.ref().namespace()
              + " get statefulsets,pods -l openbao.org/cluster="
              + cluster.ref().name()
              + "`.");
      Workflow.newTimer(
              RECHECK,
              TimerOptions.newBuilder().setSummary("Recheck pod " + deleted.name()).build())
          .get();
    }
    throw ApplicationFailure.newNonRetryableFailure(
        "pod " + deleted.name() + " was not recreated from the current template",
        FailureTypes.POD_FAILURE);
  }
}
