package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.util.Optional;

/**
 * The PodDisruptionBudget: voluntary evictions (node drains) take one OpenBao pod at a time, so
 * raft keeps its quorum.
 */
public final class PodDisruptionBudgetRenderer {
  /** Below three voters, losing one already loses the quorum; a budget would only block drains. */
  static final int MIN_REPLICAS = 3;

  private PodDisruptionBudgetRenderer() {}

  /** The budget over all revisions' pods, or empty when {@code spec.replicas} is below three. */
  public static Optional<PodDisruptionBudget> render(ClusterModel model) {
    if (model.spec().getReplicas() < MIN_REPLICAS) {
      return Optional.empty();
    }
    String cluster = model.names().cluster();
    return Optional.of(
        new PodDisruptionBudgetBuilder()
            .withMetadata(OwnedMetadata.of(model, model.names().podDisruptionBudget()))
            .withNewSpec()
            .withMaxUnavailable(new IntOrString(1))
            // All revisions: during blue/green, blue and green share one raft quorum.
            .withNewSelector()
            .withMatchLabels(Labels.clusterSelector(cluster))
            .endSelector()
            .endSpec()
            .build());
  }
}
