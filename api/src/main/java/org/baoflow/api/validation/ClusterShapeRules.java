package org.baoflow.api.validation;

import java.util.List;
import org.baoflow.api.v1alpha1.GatewaySpec;
import org.baoflow.api.v1alpha1.IngressSpec;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.Profile;

/** Replica count, demo login and exposure (CEL on OpenBaoClusterSpec, GatewaySpec, IngressSpec). */
final class ClusterShapeRules {
  private ClusterShapeRules() {}

  static void check(OpenBaoClusterSpec spec, List<Violation> out) {
    if (spec.getReplicas() != null && spec.getReplicas() % 2 != 1) {
      out.add(new Violation("spec.replicas", Messages.REPLICAS_ODD));
    }
    if (spec.getProfile() != Profile.DEVELOPMENT
        && spec.getDemoLogin() != null
        && Boolean.TRUE.equals(spec.getDemoLogin().getEnabled())) {
      out.add(new Violation("spec.demoLogin.enabled", Messages.DEMO_LOGIN_DEVELOPMENT_ONLY));
    }
    GatewaySpec gateway = spec.getGateway();
    if (gateway != null && Boolean.TRUE.equals(gateway.getEnabled())) {
      if (isEmpty(gateway.getHostname())) {
        out.add(new Violation("spec.gateway.hostname", Messages.GATEWAY_HOSTNAME_REQUIRED));
      }
      if (gateway.getGatewayRef() == null) {
        out.add(new Violation("spec.gateway.gatewayRef", Messages.GATEWAY_REF_REQUIRED));
      }
    }
    IngressSpec ingress = spec.getIngress();
    if (ingress != null
        && Boolean.TRUE.equals(ingress.getEnabled())
        && isEmpty(ingress.getHost())) {
      out.add(new Violation("spec.ingress.host", Messages.INGRESS_HOST_REQUIRED));
    }
  }

  private static boolean isEmpty(String value) {
    return value == null || value.isEmpty();
  }
}
