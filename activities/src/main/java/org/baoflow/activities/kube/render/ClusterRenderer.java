package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * Every resource of one revision of a cluster, in apply order: the bootstrap files and Secret
 * first, because the pods mount them, then identity, Services, NetworkPolicy, the StatefulSet, its
 * PodDisruptionBudget and the edge. The pod template carries the hash of exactly the files rendered
 * here, so a changed file rolls the pods.
 */
public final class ClusterRenderer {
  private ClusterRenderer() {}

  /** Renders the resources of {@code input} in apply order. */
  public static List<HasMetadata> render(ClusterRenderInput input) {
    ClusterModel model = input.model();
    ConfigRevision revision = input.revision();
    BootstrapFiles files =
        BootstrapFiles.render(model, input.platform(), revision, input.bootstrapping());
    List<HasMetadata> resources =
        new ArrayList<>(
            BootstrapResourcesRenderer.render(
                model, revision, files, input.unsealKey(), input.caCertificatePem()));
    StatefulSetInput workload =
        StatefulSetInput.of(
            model,
            revision.revision(),
            input.replicas(),
            files.configHash(),
            input.certificateHash(),
            input.rendersSelfInit());
    resources.addAll(
        ClusterResourcesRenderer.render(
            new ClusterResourcesInput(workload, input.platform(), input.activeRevision())));
    return resources;
  }
}
