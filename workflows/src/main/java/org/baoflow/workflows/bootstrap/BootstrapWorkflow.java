package org.baoflow.workflows.bootstrap;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import org.baoflow.workflows.model.OperationInput;
import org.baoflow.workflows.model.OperationResult;

/**
 * Brings a new cluster from nothing to Running, ID {@code obao_<k8s>_<ns>_<name>_bootstrap}: TLS,
 * unseal key, identity, configuration, network, the StatefulSet at one replica, initialization (or
 * self-initialization), the worker's login, scale-out, voters, autopilot.
 */
@WorkflowInterface
public interface BootstrapWorkflow {

  /** Bootstraps {@code input.cluster()}. */
  @WorkflowMethod
  OperationResult run(OperationInput input);
}
