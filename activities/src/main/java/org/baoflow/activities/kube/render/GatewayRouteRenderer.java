package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.BackendTLSPolicy;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.BackendTLSPolicyBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.BackendTLSPolicyValidation;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.BackendTLSPolicyValidationBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReferenceBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1alpha2.TLSRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1alpha2.TLSRouteBuilder;
import java.util.ArrayList;
import java.util.List;
import org.baoflow.api.v1alpha1.BackendTlsSpec;
import org.baoflow.api.v1alpha1.GatewaySpec;

/**
 * Gateway API routes to the public Service on a shared Gateway: an HTTPRoute ({@code
 * gateway.networking.k8s.io/v1}) with a BackendTLSPolicy ({@code v1}, standard channel since
 * Gateway API 1.4) when the Gateway terminates TLS, or a TLSRoute ({@code v1alpha2}, the
 * experimental channel's version that Gateways have served longest) when OpenBao terminates it.
 */
public final class GatewayRouteRenderer {
  private GatewayRouteRenderer() {}

  /** The route and its policy in apply order; empty when the gateway is not enabled. */
  public static List<HasMetadata> render(ClusterModel model) {
    Exposure exposure = Exposure.of(model.spec());
    if (!exposure.gateway()) {
      return List.of();
    }
    if (exposure.tlsPassthrough()) {
      return List.of(tlsRoute(model));
    }
    List<HasMetadata> resources = new ArrayList<>();
    resources.add(httpRoute(model));
    if (backendTls(model.spec().getGateway())) {
      resources.add(backendTlsPolicy(model));
    }
    return resources;
  }

  /**
   * OpenBao only serves HTTPS, so a terminating Gateway must speak TLS to it: without a {@code
   * backendTLS} block the policy is rendered as if it were enabled (its CRD default).
   */
  private static boolean backendTls(GatewaySpec gateway) {
    BackendTlsSpec backendTls = gateway.getBackendTLS();
    return backendTls == null || !Boolean.FALSE.equals(backendTls.getEnabled());
  }

  static HTTPRoute httpRoute(ClusterModel model) {
    GatewaySpec gateway = model.spec().getGateway();
    return new HTTPRouteBuilder()
        .withMetadata(metadata(model, model.names().httpRoute()))
        .withNewSpec()
        .withParentRefs(parent(model))
        .withHostnames(hostnames(gateway))
        .addNewRule()
        .addNewMatch()
        .withNewPath()
        .withType("PathPrefix")
        .withValue(gateway.getPath() == null ? "/" : gateway.getPath())
        .endPath()
        .endMatch()
        .addNewBackendRef()
        .withName(model.names().publicService())
        .withPort(PodLayout.API_PORT)
        .endBackendRef()
        .endRule()
        .endSpec()
        .build();
  }

  static BackendTLSPolicy backendTlsPolicy(ClusterModel model) {
    return new BackendTLSPolicyBuilder()
        .withMetadata(metadata(model, model.names().backendTlsPolicy()))
        .withNewSpec()
        .addNewTargetRef()
        .withGroup("")
        .withKind("Service")
        .withName(model.names().publicService())
        .endTargetRef()
        .withValidation(validation(model))
        .endSpec()
        .build();
  }

  /**
   * What the Gateway verifies: the name in OpenBao's certificate and the CA that issued it. The
   * cluster CA is published in a ConfigMap; an ACME certificate comes from a CA the Gateway already
   * trusts, and then {@code backendTLS.hostname} must name one of the ACME domains.
   */
  private static BackendTLSPolicyValidation validation(ClusterModel model) {
    BackendTlsSpec backendTls = model.spec().getGateway().getBackendTLS();
    String hostname =
        backendTls == null || backendTls.getHostname() == null
            ? model.names().serviceDnsName(model.names().publicService())
            : backendTls.getHostname();
    BackendTLSPolicyValidationBuilder validation =
        new BackendTLSPolicyValidationBuilder().withHostname(hostname);
    if (DefaultedSpec.acme(model.spec())) {
      return validation.withWellKnownCACertificates("System").build();
    }
    return validation
        .addNewCaCertificateRef()
        .withGroup("")
        .withKind("ConfigMap")
        .withName(model.names().caConfigMap())
        .endCaCertificateRef()
        .build();
  }

  static TLSRoute tlsRoute(ClusterModel model) {
    return new TLSRouteBuilder()
        .withMetadata(metadata(model, model.names().tlsRoute()))
        .withNewSpec()
        .withParentRefs(parent(model))
        .withHostnames(hostnames(model.spec().getGateway()))
        .addNewRule()
        .addNewBackendRef()
        .withName(model.names().publicService())
        .withPort(PodLayout.API_PORT)
        .endBackendRef()
        .endRule()
        .endSpec()
        .build();
  }

  /** The Gateway's listener; the Gateway's namespace defaults to the route's. */
  private static ParentReference parent(ClusterModel model) {
    GatewaySpec gateway = model.spec().getGateway();
    return new ParentReferenceBuilder()
        .withGroup("gateway.networking.k8s.io")
        .withKind("Gateway")
        .withName(gateway.getGatewayRef() == null ? null : gateway.getGatewayRef().getName())
        .withNamespace(
            gateway.getGatewayRef() == null ? null : gateway.getGatewayRef().getNamespace())
        .withSectionName(gateway.getListenerName())
        .build();
  }

  private static List<String> hostnames(GatewaySpec gateway) {
    return gateway.getHostname() == null ? null : List.of(gateway.getHostname());
  }

  private static ObjectMeta metadata(ClusterModel model, String name) {
    return OwnedMetadata.of(
        model,
        name,
        Labels.common(model.names().cluster()),
        OwnedMetadata.userAnnotations(model.spec().getGateway().getAnnotations()));
  }
}
