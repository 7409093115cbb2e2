package org.baoflow.workflows.converge;

import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.Workflow;
import java.util.List;
import org.baoflow.workflows.activities.ActivityStubs;
import org.baoflow.workflows.activities.BaoActivities.PeersRequest;
import org.baoflow.workflows.activities.BaoActivities.RaftState;
import org.baoflow.workflows.activities.ResourceActivities.Stage;
import org.baoflow.workflows.activities.SecretActivities.TlsRequest;
import org.baoflow.workflows.activities.SecretActivities.TlsState;
import org.baoflow.workflows.activities.WorkloadActivities.PodInfo;
import org.baoflow.workflows.activities.WorkloadActivities.PodsState;
import org.baoflow.workflows.activities.WorkloadActivities.VolumesRequest;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.baoflow.workflows.model.OperationInput;
import org.baoflow.workflows.model.OperationResult;
import org.baoflow.workflows.steps.ClusterWaits;
import org.baoflow.workflows.steps.Progress;
import org.baoflow.workflows.steps.RestartPlan;
import org.baoflow.workflows.steps.RollingRestart;
import org.baoflow.workflows.steps.ScalePlan;
import org.baoflow.workflows.steps.SpecFacts;
import org.baoflow.workflows.steps.Stages;
import org.baoflow.workflows.visibility.Operation;

/** {@link ConvergeWorkflow}: one named step per line. */
public final class ConvergeWorkflowImpl implements ConvergeWorkflow {
  private ClusterSnapshot cluster;
  private int replicas;
  private Progress progress;
  private Stages stages;
  private ClusterWaits waits;

  @Override
  public OperationResult run(OperationInput input) {
    cluster = input.cluster();
    replicas = SpecFacts.replicas(cluster.spec());
    progress = new Progress(cluster.ref(), cluster.generation(), Operation.CONVERGE);
    stages = new Stages(cluster);
    waits = new ClusterWaits(cluster);
    try {
      return converge(input.reason());
    } catch (TemporalFailure failure) {
      // The cluster still runs as it did; the condition says it did not reach its spec.
      throw progress.failed(failure, null, Progress.DEGRADED, "True");
    }
  }

  private OperationResult converge(String reason) {
    progress.step("Converging" + (reason == null ? "" : " after " + reason) + ": checking TLS");
    // Re-issued when due or when the SANs must name more pods; a new hash rolls the pods.
    TlsState tls =
        ActivityStubs.secrets("Ensure TLS")
            .ensureTls(new TlsRequest(cluster, replicas, Workflow.currentTimeMillis()));
    progress.step("Applying identity, configuration and network");
    stages.apply(Stage.IDENTITY, replicas, false, tls.certificateHash());
    stages.apply(Stage.CONFIGURATION, replicas, false, tls.certificateHash());
    stages.apply(Stage.NETWORK, replicas, false, tls.certificateHash());
    List<PodInfo> leaving =
        ScalePlan.leaving(ActivityStubs.workload("Read pods").pods(cluster).pods(), replicas);
    List<String> removedPeers = removePeers(leaving);
    progress.step("Applying the StatefulSet at " + replicas + " replica(s)");
    stages.apply(Stage.WORKLOAD, replicas, false, tls.certificateHash());
    deleteVolumes(leaving);
    PodsState pods = waits.pods(replicas, false);
    List<String> restarted =
        new RollingRestart(cluster, waits, progress).restartStale(pods, replicas);
    RaftState raft = waits.voters(RestartPlan.names(pods));
    ActivityStubs.bao("Configure autopilot").configureAutopilot(cluster);
    progress.completed(
        "Converged",
        "Converged"
            + (reason == null ? "" : " after " + reason)
            + ": "
            + pods.ready()
            + " Ready pod(s), restarted "
            + (restarted.isEmpty() ? "none" : String.join(", ", restarted))
            + (removedPeers.isEmpty() ? "" : ", removed peers " + String.join(", ", removedPeers)),
        new Progress.Outcome(pods.ready(), raft.leader(), cluster.spec().getVersion()));
    return new OperationResult(
        tls, stages.hashes().asMap(), pods.ready(), raft.leader(), false, restarted, removedPeers);
  }

  /**
   * Scale-down removes the leaving pods' raft peers while those pods still run, before the smaller
   * StatefulSet is applied. The other order (pods first, peers after) keeps the old configuration
   * with fewer live voters, and loses quorum whenever fewer than a majority of it remain (3 to 1, 7
   * to 3): then no leader can commit the removal and the cluster stops. Removing first shrinks the
   * configuration while every member is up, so quorum holds at each step; raft lets a leader remove
   * itself (it commits the smaller configuration, steps down, the rest elect). A removed pod that
   * still runs cannot disturb the rest: raft rejects vote requests from servers outside the
   * configuration, its retry_join does not run again on a node with raft data, and the StatefulSet
   * removes it next.
   */
  private List<String> removePeers(List<PodInfo> leaving) {
    if (leaving.isEmpty()) {
      return List.of();
    }
    List<String> nodeIds = leaving.stream().map(PodInfo::name).toList();
    progress.step("Removing raft peers " + String.join(", ", nodeIds) + " before scaling down");
    ActivityStubs.bao("Remove raft peers " + String.join(",", nodeIds))
        .removePeers(new PeersRequest(cluster, nodeIds));
    return nodeIds;
  }

  /** The leaving pods' volumes go too, so a later scale-up starts them empty, not stale. */
  private void deleteVolumes(List<PodInfo> leaving) {
    if (!leaving.isEmpty()) {
      ActivityStubs.workload("Delete volumes from ordinal " + replicas)
          .deleteVolumes(new VolumesRequest(cluster, replicas));
    }
  }
}
