package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import org.baoflow.api.v1alpha1.IngressSpec;
import org.junit.jupiter.api.Test;

class IngressRendererTest {

  @Test
  void routesTheHostToThePublicServiceWithTheServerCertificateByDefault() {
    Ingress ingress = IngressRenderer.render(Scenario.HARDENED_TRANSIT.model()).orElseThrow();

    assertThat(ingress.getMetadata().getName()).isEqualTo("prod");
    assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
    assertThat(ingress.getMetadata().getAnnotations())
        .containsEntry("nginx.ingress.kubernetes.io/backend-protocol", "HTTPS");
    assertThat(ingress.getSpec().getRules())
        .singleElement()
        .satisfies(rule -> assertThat(rule.getHost()).isEqualTo("bao.example.com"));
    HTTPIngressPath path = ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0);
    assertThat(path.getPath()).isEqualTo("/");
    assertThat(path.getPathType()).isEqualTo("Prefix");
    assertThat(path.getBackend().getService().getName()).isEqualTo("prod-public");
    assertThat(path.getBackend().getService().getPort().getNumber()).isEqualTo(8200);
    assertThat(ingress.getSpec().getTls())
        .singleElement()
        .satisfies(
            tls -> {
              assertThat(tls.getSecretName()).isEqualTo("prod-tls-server");
              assertThat(tls.getHosts()).containsExactly("bao.example.com");
            });
  }

  @Test
  void aNamedTlsSecretWins() {
    ClusterModel model = Scenario.HARDENED_TRANSIT.model();
    model.spec().getIngress().setTlsSecretName("public-cert");

    assertThat(
            IngressRenderer.render(model).orElseThrow().getSpec().getTls().get(0).getSecretName())
        .isEqualTo("public-cert");
  }

  @Test
  void acmeModeHasNoServerCertificateSecretToOffer() {
    ClusterModel model = Scenario.ACME.model();
    IngressSpec ingress = new IngressSpec();
    ingress.setEnabled(true);
    ingress.setHost("bao.example.com");
    model.spec().setIngress(ingress);

    assertThat(DefaultedSpec.acme(model.spec())).isTrue();
    assertThat(IngressRenderer.render(model).orElseThrow().getSpec().getTls()).isNullOrEmpty();
  }

  @Test
  void noIngressUnlessEnabled() {
    assertThat(IngressRenderer.render(Scenario.DEV_LANE.model())).isEmpty();
  }
}
