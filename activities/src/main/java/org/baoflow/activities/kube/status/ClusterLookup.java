package org.baoflow.activities.kube.status;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.temporal.failure.ApplicationFailure;
import java.util.Optional;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.model.ClusterRef;

/**
 * Reads the OpenBaoCluster a workflow acts for, and only that incarnation: a resource of the same
 * name with another uid is somebody else's cluster and counts as gone.
 */
final class ClusterLookup {
  private ClusterLookup() {}

  /** The resource {@code ref} names, if it still exists with {@code ref}'s uid. */
  static Optional<OpenBaoCluster> find(KubernetesClient kube, ClusterRef ref) {
    OpenBaoCluster cluster =
        kube.resources(OpenBaoCluster.class)
            .inNamespace(ref.namespace())
            .withName(ref.name())
            .get();
    if (cluster == null || !ref.uid().equals(cluster.getMetadata().getUid())) {
      return Optional.empty();
    }
    return Optional.of(cluster);
  }

  /**
   * The resource {@code ref} names.
   *
   * @throws ApplicationFailure non-retryable {@link FailureTypes#CLUSTER_GONE} when it is gone or
   *     another resource has its name
   */
  static OpenBaoCluster require(KubernetesClient kube, ClusterRef ref) {
    return find(kube, ref).orElseThrow(() -> gone(ref));
  }

  static ApplicationFailure gone(ClusterRef ref) {
    return ApplicationFailure.newNonRetryableFailure(
        "OpenBaoCluster "
            + ref.displayName()
            + " with uid "
            + ref.uid()
            + " is gone (deleted, or replaced by another resource of the same name)",
        FailureTypes.CLUSTER_GONE);
  }
}
