package org.baoflow.workflows.delete;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import org.baoflow.workflows.activities.CleanupActivities.CleanupReport;

/**
 * Deletes a cluster, ID {@code obao_<k8s>_<ns>_<name>_delete}: stops its pods, removes what its
 * deletionPolicy says, and removes BaoFlow's finalizer so Kubernetes deletes the rest. The cluster
 * workflow cancels any running operation before it starts this.
 */
@WorkflowInterface
public interface DeleteWorkflow {

  /** Deletes {@code input.ref()} under {@code input.policy()}. */
  @WorkflowMethod
  CleanupReport run(DeleteInput input);
}
