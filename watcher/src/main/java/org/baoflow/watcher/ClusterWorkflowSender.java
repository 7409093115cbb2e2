package org.baoflow.watcher;

import io.temporal.client.BatchRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;
import io.temporal.workflow.Functions;
import org.baoflow.workflows.cluster.ClusterWorkflow;
import org.baoflow.workflows.cluster.ClusterWorkflowInput;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.visibility.BaoFlowSearchAttributes;
import org.baoflow.workflows.visibility.Operation;

/**
 * Makes the Temporal call of one {@link Observation}: signal-with-start of the cluster workflow for
 * a spec or a deletion in progress, a plain signal for a cluster that is gone or an owned resource
 * that changed. A call returns normally once Temporal accepted it; a plain signal to a workflow
 * that does not exist (never started, or already ended) is accepted too, as there is nobody left to
 * tell.
 */
final class ClusterWorkflowSender {
  private final WorkflowClient client;
  private final String taskQueue;

  ClusterWorkflowSender(WorkflowClient client, String taskQueue) {
    this.client = client;
    this.taskQueue = taskQueue;
  }

  /** Sends {@code observation}; throws when Temporal did not accept it. */
  void send(Observation observation) {
    if (observation instanceof Observation.Spec spec) {
      signalWithStart(spec.ref(), stub -> stub.specObserved(spec.event()));
    } else if (observation instanceof Observation.Deleting deleting) {
      signalWithStart(deleting.ref(), stub -> stub.deletionObserved(deleting.event()));
    } else if (observation instanceof Observation.Gone gone) {
      signal(gone.ids().cluster(), stub -> stub.deletionObserved(gone.event()));
    } else if (observation instanceof Observation.Drift drift) {
      signal(drift.ids().cluster(), stub -> stub.driftObserved(drift.event()));
    } else {
      throw new IllegalArgumentException("unknown observation " + observation);
    }
  }

  /** The options the cluster workflow of {@code ref} starts with on {@code taskQueue}. */
  static WorkflowOptions startOptions(ClusterRef ref, String taskQueue) {
    return WorkflowOptions.newBuilder()
        .setWorkflowId(ref.ids().cluster())
        .setTaskQueue(taskQueue)
        .setTypedSearchAttributes(
            SearchAttributes.newBuilder()
                .set(BaoFlowSearchAttributes.CLUSTER, ref.ids().searchAttribute())
                .set(BaoFlowSearchAttributes.OPERATION, Operation.CLUSTER.displayName())
                .build())
        .setStaticSummary("OpenBaoCluster " + ref.displayName() + " on " + ref.kubernetesCluster())
        .build();
  }

  private void signalWithStart(ClusterRef ref, Functions.Proc1<ClusterWorkflow> signal) {
    ClusterWorkflow stub =
        client.newWorkflowStub(ClusterWorkflow.class, startOptions(ref, taskQueue));
    BatchRequest request = client.newSignalWithStartRequest();
    request.add(stub::run, ClusterWorkflowInput.start(ref));
    request.add(signal, stub);
    client.signalWithStart(request);
  }

  private void signal(String workflowId, Functions.Proc1<ClusterWorkflow> signal) {
    try {
      signal.apply(client.newWorkflowStub(ClusterWorkflow.class, workflowId));
    } catch (WorkflowNotFoundException e) {
      // Nothing runs for this cluster any more: the observation has no one to reach.
    }
  }
}
