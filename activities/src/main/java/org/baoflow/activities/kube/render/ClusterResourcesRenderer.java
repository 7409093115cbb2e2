package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the workload, networking and identity renderers produce for a cluster, in apply order:
 * identity before the pods that run as it, Services before the StatefulSet whose pods resolve each
 * other through them, the NetworkPolicy before the pods it protects start, and the edge last,
 * because routes point at the public Service.
 */
public final class ClusterResourcesRenderer {
  private ClusterResourcesRenderer() {}

  /** Renders the resources of {@code input} in apply order. */
  public static List<HasMetadata> render(ClusterResourcesInput input) {
    ClusterModel model = input.model();
    List<HasMetadata> resources = new ArrayList<>(IdentityRenderer.render(model));
    resources.addAll(ServicesRenderer.render(model, input.activeRevision()));
    resources.add(NetworkPolicyRenderer.render(model, input.platform()));
    resources.add(StatefulSetRenderer.render(input.workload()));
    PodDisruptionBudgetRenderer.render(model).ifPresent(resources::add);
    resources.addAll(GatewayRouteRenderer.render(model));
    IngressRenderer.render(model).ifPresent(resources::add);
    return resources;
  }
}
