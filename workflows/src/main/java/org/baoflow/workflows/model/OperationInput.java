package org.baoflow.workflows.model;

import java.util.Objects;

/**
 * Input of an operation on a cluster (bootstrap, converge).
 *
 * @param cluster the cluster and the spec to reach
 * @param reason why it runs, for its summary and Events, such as {@code generation 4} or {@code
 *     drift of StatefulSet dev}
 */
public record OperationInput(ClusterSnapshot cluster, String reason) {
  public OperationInput {
    Objects.requireNonNull(cluster, "cluster");
  }
}
