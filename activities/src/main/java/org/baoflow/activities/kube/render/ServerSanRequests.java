package org.baoflow.activities.kube.render;

import java.util.ArrayList;
import java.util.List;
import org.baoflow.activities.pki.SanRequest;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;

/** What the server certificate of a cluster must be valid for, from its model. */
public final class ServerSanRequests {
  private ServerSanRequests() {}

  /**
   * The SAN request for the given StatefulSets (one per revision that runs or will run), the public
   * Service when it exists, the Gateway hostname and Ingress host when enabled, and the spec's
   * extra SANs.
   */
  public static SanRequest of(ClusterModel model, List<SanRequest.PodSet> podSets) {
    OpenBaoClusterSpec spec = model.spec();
    Exposure exposure = Exposure.of(spec);
    List<String> edge = new ArrayList<>();
    if (exposure.gateway() && spec.getGateway().getHostname() != null) {
      edge.add(spec.getGateway().getHostname());
    }
    if (exposure.ingress() && spec.getIngress().getHost() != null) {
      edge.add(spec.getIngress().getHost());
    }
    List<String> extra = DefaultedSpec.tls(spec).getExtraSANs();
    return new SanRequest(
        model.names().cluster(),
        model.names().namespace(),
        podSets,
        exposure.publicService(),
        model.names().publicService(),
        edge,
        extra == null ? List.of() : extra);
  }
}
