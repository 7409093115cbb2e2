package org.baoflow.workflows.model;

import java.util.Objects;
import org.baoflow.workflows.ids.ClusterWorkflowIds;

/**
 * One OpenBaoCluster resource: where it lives and which incarnation it is. A cluster deleted and
 * created again under the same name has another uid, and workflows of the old one ignore it.
 *
 * @param kubernetesCluster the Kubernetes cluster's name ({@code BAOFLOW_CLUSTER_NAME})
 * @param namespace the resource's namespace
 * @param name the resource's name
 * @param uid the resource's {@code metadata.uid}
 */
public record ClusterRef(String kubernetesCluster, String namespace, String name, String uid) {
  public ClusterRef {
    Objects.requireNonNull(kubernetesCluster, "kubernetesCluster");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(uid, "uid");
  }

  /** The workflow IDs of this cluster. */
  public ClusterWorkflowIds ids() {
    return new ClusterWorkflowIds(kubernetesCluster, namespace, name);
  }

  /** {@code <namespace>/<name>}, as kubectl users name it. */
  public String displayName() {
    return namespace + "/" + name;
  }
}
