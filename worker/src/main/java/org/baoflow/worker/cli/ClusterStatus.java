package org.baoflow.worker.cli;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.baoflow.workflows.cluster.ClusterState;

/**
 * What {@code baoflow status} found about one cluster's workflow.
 *
 * @param workflowId the cluster workflow's ID
 * @param executionStatus Temporal's status of it, such as {@code Running} or {@code Completed}
 * @param searchAttributes its BaoFlow search attributes by name
 * @param state the answer of its {@code state} query; empty when it is not running
 */
public record ClusterStatus(
    String workflowId,
    String executionStatus,
    Map<String, String> searchAttributes,
    Optional<ClusterState> state) {
  public ClusterStatus {
    Objects.requireNonNull(workflowId, "workflowId");
    Objects.requireNonNull(executionStatus, "executionStatus");
    searchAttributes = Map.copyOf(searchAttributes);
    Objects.requireNonNull(state, "state");
  }
}
