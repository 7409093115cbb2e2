package org.baoflow.workflows.cluster;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The durable reconciler of one OpenBaoCluster, ID {@code obao_<k8s>_<ns>_<name>}: it receives what
 * the watcher observes, validates, and runs one operation at a time as a child workflow (bootstrap,
 * converge, delete). The watcher starts it with signal-with-start of {@link #specObserved}.
 */
@WorkflowInterface
public interface ClusterWorkflow {

  /** Runs until the cluster is deleted; returns how it ended. */
  @WorkflowMethod
  ClusterOutcome run(ClusterWorkflowInput input);

  /** A generation of the spec, or a change of the forwarded annotations. */
  @SignalMethod(
      description =
          "The watcher saw a spec generation or forwarded annotations; older or repeated ones are"
              + " ignored")
  void specObserved(SpecObserved event);

  /** The resource is being deleted (deletionTimestamp set) or is gone. */
  @SignalMethod(description = "The OpenBaoCluster is being deleted or is gone")
  void deletionObserved(DeletionObserved event);

  /** A field BaoFlow manages on an owned resource changed. */
  @SignalMethod(
      description = "A managed field of an owned StatefulSet or Service changed; converges it back")
  void driftObserved(DriftObserved event);

  /** What the workflow knows and does now. */
  @QueryMethod(description = "Phase, running operation, pending work and what it waits for")
  ClusterState state();
}
