package org.baoflow.activities.kube.apply;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import org.baoflow.activities.kube.render.ClusterModel;
import org.baoflow.activities.kube.render.ClusterRenderInput;
import org.baoflow.activities.kube.render.ClusterRenderer;
import org.baoflow.activities.kube.render.ConfigRevision;
import org.baoflow.activities.kube.render.Platform;
import org.baoflow.workflows.activities.ResourceActivities.ApplyRequest;

/**
 * The resources one apply request puts on the cluster: everything the renderers produce for the
 * unrevisioned StatefulSet, narrowed to the request's stage. No key material goes in, so no Secret
 * comes out.
 */
final class StageResources {
  private StageResources() {}

  /**
   * The stage's resources, in apply order.
   *
   * @param caCertificatePem the cluster CA, for a Gateway's BackendTLSPolicy; {@code null} when the
   *     spec needs none
   * @throws IllegalArgumentException when the renderers refuse the spec
   */
  static List<HasMetadata> render(
      ClusterModel model, Platform platform, ApplyRequest request, String caCertificatePem) {
    List<HasMetadata> all =
        ClusterRenderer.render(
            new ClusterRenderInput(
                model,
                platform,
                ConfigRevision.unrevisioned(),
                request.bootstrapping(),
                request.replicas(),
                request.certificateHash(),
                null,
                caCertificatePem,
                null));
    return all.stream().filter(resource -> StageKinds.contains(request.stage(), resource)).toList();
  }
}
