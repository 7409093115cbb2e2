package org.baoflow.workflows.steps;

import io.temporal.workflow.Workflow;
import java.util.List;
import org.baoflow.workflows.activities.ActivityStubs;
import org.baoflow.workflows.activities.BaoActivities.RaftState;
import org.baoflow.workflows.activities.BaoActivities.VotersRequest;
import org.baoflow.workflows.activities.WorkloadActivities.AwaitPodsRequest;
import org.baoflow.workflows.activities.WorkloadActivities.PodsState;
import org.baoflow.workflows.model.ClusterSnapshot;

/**
 * The waits bootstrap and converge share. Each first tells the Temporal UI, through the current
 * details, what it waits for and how a human unblocks it.
 */
public final class ClusterWaits {
  private final ClusterSnapshot cluster;

  /** Waits on {@code cluster}. */
  public ClusterWaits(ClusterSnapshot cluster) {
    this.cluster = cluster;
  }

  /** Waits until the StatefulSet has {@code replicas} Ready pods (on the current template). */
  public PodsState pods(int replicas, boolean current) {
    String namespace = cluster.ref().namespace();
    String name = cluster.ref().name();
    Workflow.setCurrentDetails(
        "Waiting for "
            + replicas
            + " pod(s) of cluster "
            + cluster.ref().displayName()
            + " to become Ready"
            + (current ? " on its current template" : "")
            + ". If one crash-loops or cannot pull its image, check `kubectl -n "
            + namespace
            + " get pods -l openbao.org/cluster="
            + name
            + "` and `kubectl -n "
            + namespace
            + " logs <pod>`; if one stays Pending, check `kubectl -n "
            + namespace
            + " describe pod <pod>` (volumes, scheduling).");
    return ActivityStubs.workload("Await " + replicas + " Ready pod(s)")
        .awaitPods(new AwaitPodsRequest(cluster, replicas, current));
  }

  /** Waits until every pod of {@code pods} is a healthy raft voter, and only those. */
  public RaftState voters(List<String> pods) {
    Workflow.setCurrentDetails(
        "Waiting for "
            + String.join(", ", pods)
            + " to be healthy raft voters, and no other server in the configuration. If a pod"
            + " does not join, check its logs (`kubectl -n "
            + cluster.ref().namespace()
            + " logs <pod>`) for retry_join and TLS errors; `bao operator raft list-peers` on"
            + " the leader shows the configuration.");
    return ActivityStubs.bao("Await raft voters " + String.join(",", pods))
        .awaitVoters(new VotersRequest(cluster, pods));
  }
}
