package org.baoflow.workflows.converge;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import org.baoflow.workflows.model.OperationInput;
import org.baoflow.workflows.model.OperationResult;

/**
 * Brings a running cluster to a new spec or back from drift, ID {@code
 * obao_<k8s>_<ns>_<name>_converge_<gen>_<n>}: re-render and apply, scale, and restart stale pods
 * one at a time, followers first and the leader last after a step-down.
 */
@WorkflowInterface
public interface ConvergeWorkflow {

  /** Converges {@code input.cluster()}. */
  @WorkflowMethod
  OperationResult run(OperationInput input);
}
