package org.baoflow.activities.kube.render;

import java.util.Objects;

/**
 * What a cluster's resources are rendered from.
 *
 * @param workload the StatefulSet to render, which also carries the cluster model
 * @param platform where BaoFlow runs
 * @param activeRevision the revision the public Service selects; {@code null} selects every pod
 */
public record ClusterResourcesInput(
    StatefulSetInput workload, Platform platform, String activeRevision) {

  public ClusterResourcesInput {
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(platform, "platform");
  }

  /** The cluster. */
  public ClusterModel model() {
    return workload.model();
  }
}
