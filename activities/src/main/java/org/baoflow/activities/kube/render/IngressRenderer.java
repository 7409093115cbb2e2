package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLSBuilder;
import java.util.List;
import java.util.Optional;
import org.baoflow.api.v1alpha1.IngressSpec;

/**
 * The Ingress {@code <cluster>} ({@code networking.k8s.io/v1}) to the public Service. OpenBao only
 * serves HTTPS, so the controller must speak TLS to its backend: that is controller-specific (for
 * example ingress-nginx's {@code nginx.ingress.kubernetes.io/backend-protocol: HTTPS}) and comes
 * from {@code spec.ingress.annotations}.
 */
public final class IngressRenderer {
  private IngressRenderer() {}

  /** The Ingress, or empty when it is not enabled. */
  public static Optional<Ingress> render(ClusterModel model) {
    if (!Exposure.of(model.spec()).ingress()) {
      return Optional.empty();
    }
    IngressSpec ingress = model.spec().getIngress();
    return Optional.of(
        new IngressBuilder()
            .withMetadata(
                OwnedMetadata.of(
                    model,
                    model.names().ingress(),
                    Labels.common(model.names().cluster()),
                    OwnedMetadata.userAnnotations(ingress.getAnnotations())))
            .withNewSpec()
            .withIngressClassName(ingress.getClassName())
            .withTls(tls(model, ingress))
            .addNewRule()
            .withHost(ingress.getHost())
            .withNewHttp()
            .addNewPath()
            .withPath(ingress.getPath() == null ? "/" : ingress.getPath())
            .withPathType("Prefix")
            .withNewBackend()
            .withNewService()
            .withName(model.names().publicService())
            .withNewPort()
            .withNumber(PodLayout.API_PORT)
            .endPort()
            .endService()
            .endBackend()
            .endPath()
            .endHttp()
            .endRule()
            .endSpec()
            .build());
  }

  /**
   * The certificate the controller presents: the named Secret, else the cluster's server
   * certificate (whose SANs include the Ingress host). ACME mode has no server certificate Secret,
   * so without a named Secret the Ingress has no TLS section.
   */
  private static List<IngressTLS> tls(ClusterModel model, IngressSpec ingress) {
    String secret = ingress.getTlsSecretName();
    if (secret == null && !DefaultedSpec.acme(model.spec())) {
      secret = model.names().serverTlsSecret();
    }
    if (secret == null) {
      return null;
    }
    IngressTLSBuilder tls = new IngressTLSBuilder().withSecretName(secret);
    if (ingress.getHost() != null) {
      tls.withHosts(ingress.getHost());
    }
    return List.of(tls.build());
  }
}
