package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.BackendTLSPolicy;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import io.fabric8.kubernetes.api.model.gatewayapi.v1alpha2.TLSRoute;
import java.util.List;
import org.baoflow.api.v1alpha1.AcmeSpec;
import org.baoflow.api.v1alpha1.BackendTlsSpec;
import org.baoflow.api.v1alpha1.TlsMode;
import org.junit.jupiter.api.Test;

class GatewayRouteRendererTest {

  @Test
  void noRoutesWithoutAnEnabledGateway() {
    assertThat(GatewayRouteRenderer.render(Scenario.DEV_LANE.model())).isEmpty();

    ClusterModel model = Scenario.GATEWAY_TERMINATING.model();
    model.spec().getGateway().setEnabled(false);
    assertThat(GatewayRouteRenderer.render(model)).isEmpty();
  }

  @Test
  void passthroughIsATlsRouteToThePublicServiceWithoutBackendTlsPolicy() {
    List<HasMetadata> resources = GatewayRouteRenderer.render(Scenario.GATEWAY_PASSTHROUGH.model());

    assertThat(resources).singleElement().isInstanceOf(TLSRoute.class);
    TLSRoute route = (TLSRoute) resources.get(0);
    assertThat(route.getApiVersion()).isEqualTo("gateway.networking.k8s.io/v1alpha2");
    assertThat(route.getMetadata().getName()).isEqualTo("edge-tlsroute");
    isTheSharedGatewaysListener(route.getSpec().getParentRefs(), "tls-passthrough");
    assertThat(route.getSpec().getHostnames()).containsExactly("bao.example.com");
    assertThat(route.getSpec().getRules().get(0).getBackendRefs())
        .singleElement()
        .satisfies(
            ref -> {
              assertThat(ref.getName()).isEqualTo("edge-public");
              assertThat(ref.getPort()).isEqualTo(8200);
            });
  }

  @Test
  void terminatingIsAnHttpRouteAndAPolicyThatVerifiesOpenBaoAgainstTheClusterCa() {
    List<HasMetadata> resources = GatewayRouteRenderer.render(Scenario.GATEWAY_TERMINATING.model());

    assertThat(resources)
        .extracting(HasMetadata::getKind)
        .containsExactly("HTTPRoute", "BackendTLSPolicy");
    HTTPRoute route = (HTTPRoute) resources.get(0);
    assertThat(route.getApiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
    isTheSharedGatewaysListener(route.getSpec().getParentRefs(), "https");
    assertThat(route.getSpec().getRules().get(0).getMatches().get(0).getPath().getType())
        .isEqualTo("PathPrefix");
    assertThat(route.getSpec().getRules().get(0).getBackendRefs().get(0).getName())
        .isEqualTo("edge-public");
    assertThat(route.getMetadata().getAnnotations())
        .containsEntry("example.com/owner", "platform-team");

    BackendTLSPolicy policy = (BackendTLSPolicy) resources.get(1);
    assertThat(policy.getApiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
    assertThat(policy.getMetadata().getName()).isEqualTo("edge-backend-tls-policy");
    assertThat(policy.getSpec().getTargetRefs())
        .singleElement()
        .satisfies(
            ref -> {
              assertThat(ref.getGroup()).isEmpty();
              assertThat(ref.getKind()).isEqualTo("Service");
              assertThat(ref.getName()).isEqualTo("edge-public");
            });
    assertThat(policy.getSpec().getValidation().getHostname()).isEqualTo("edge-public.openbao.svc");
    assertThat(policy.getSpec().getValidation().getCaCertificateRefs())
        .singleElement()
        .satisfies(
            ref -> {
              assertThat(ref.getKind()).isEqualTo("ConfigMap");
              assertThat(ref.getName()).isEqualTo("edge-tls-ca");
            });
  }

  @Test
  void backendTlsPolicyFollowsItsSwitchAndDefaultsToOn() {
    ClusterModel model = Scenario.GATEWAY_TERMINATING.model();
    model.spec().getGateway().getBackendTLS().setEnabled(false);
    assertThat(GatewayRouteRenderer.render(model))
        .extracting(HasMetadata::getKind)
        .containsExactly("HTTPRoute");

    model.spec().getGateway().setBackendTLS(null);
    assertThat(GatewayRouteRenderer.render(model))
        .extracting(HasMetadata::getKind)
        .containsExactly("HTTPRoute", "BackendTLSPolicy");
  }

  @Test
  void backendTlsPolicyUsesTheGivenHostnameAndTrustsPublicCasForAcme() {
    ClusterModel model = Scenario.GATEWAY_TERMINATING.model();
    BackendTlsSpec backendTls = model.spec().getGateway().getBackendTLS();
    backendTls.setHostname("bao.example.com");
    AcmeSpec acme = new AcmeSpec();
    acme.setDirectoryURL("https://acme.example.com/directory");
    model.spec().getTls().setMode(TlsMode.ACME);
    model.spec().getTls().setAcme(acme);

    BackendTLSPolicy policy = GatewayRouteRenderer.backendTlsPolicy(model);

    assertThat(policy.getSpec().getValidation().getHostname()).isEqualTo("bao.example.com");
    assertThat(policy.getSpec().getValidation().getWellKnownCACertificates()).isEqualTo("System");
    assertThat(policy.getSpec().getValidation().getCaCertificateRefs()).isNullOrEmpty();
  }

  private static void isTheSharedGatewaysListener(List<ParentReference> parents, String listener) {
    assertThat(parents)
        .singleElement()
        .satisfies(
            parent -> {
              assertThat(parent.getKind()).isEqualTo("Gateway");
              assertThat(parent.getName()).isEqualTo("shared-gateway");
              assertThat(parent.getNamespace()).isEqualTo("gateway-system");
              assertThat(parent.getSectionName()).isEqualTo(listener);
            });
  }
}
