package org.baoflow.watcher;

import org.baoflow.workflows.cluster.DeletionObserved;
import org.baoflow.workflows.cluster.DriftObserved;
import org.baoflow.workflows.cluster.SpecObserved;
import org.baoflow.workflows.ids.ClusterWorkflowIds;
import org.baoflow.workflows.model.ClusterRef;

/** What the watcher tells a cluster workflow, and whether telling it may start the workflow. */
public sealed interface Observation {

  /** The workflow that receives it. */
  ClusterWorkflowIds ids();

  /** A spec generation or forwarded annotations: signal-with-start of {@code specObserved}. */
  record Spec(ClusterRef ref, SpecObserved event) implements Observation {
    @Override
    public ClusterWorkflowIds ids() {
      return ref.ids();
    }
  }

  /**
   * The resource is being deleted: signal-with-start of {@code deletionObserved}, because only a
   * workflow can remove BaoFlow's finalizer.
   */
  record Deleting(ClusterRef ref, DeletionObserved event) implements Observation {
    @Override
    public ClusterWorkflowIds ids() {
      return ref.ids();
    }
  }

  /** The resource is gone: a plain {@code deletionObserved} signal, which starts nothing. */
  record Gone(ClusterWorkflowIds ids, DeletionObserved event) implements Observation {}

  /** An owned resource changed: a plain {@code driftObserved} signal to its owner's workflow. */
  record Drift(ClusterWorkflowIds ids, DriftObserved event) implements Observation {}
}
