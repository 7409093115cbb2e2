package org.baoflow.worker.cli;

import org.baoflow.workflows.ids.ClusterWorkflowIds;

/** The {@code <ns>/<name>} argument of the cluster commands. */
final class ClusterArgument {
  private ClusterArgument() {}

  /**
   * The workflow IDs of cluster {@code argument} in Kubernetes cluster {@code kubernetesCluster};
   * an {@link IllegalArgumentException} says how to name it when it is malformed.
   */
  static ClusterWorkflowIds ids(String argument, String kubernetesCluster) {
    String[] parts = argument.split("/", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "name the cluster as <namespace>/<name>, such as openbao/dev; got '" + argument + "'");
    }
    return new ClusterWorkflowIds(kubernetesCluster, parts[0], parts[1]);
  }
}
