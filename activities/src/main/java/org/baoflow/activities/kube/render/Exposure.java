package org.baoflow.activities.kube.render;

import org.baoflow.api.v1alpha1.GatewaySpec;
import org.baoflow.api.v1alpha1.IngressSpec;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;

/**
 * How clients reach the cluster from outside its pods.
 *
 * @param service the spec has a {@code service} block
 * @param ingress the Ingress is enabled
 * @param gateway the Gateway API route is enabled
 * @param tlsPassthrough the route is a TLSRoute that lets OpenBao terminate TLS
 */
record Exposure(boolean service, boolean ingress, boolean gateway, boolean tlsPassthrough) {

  static Exposure of(OpenBaoClusterSpec spec) {
    IngressSpec ingress = spec.getIngress();
    GatewaySpec gateway = spec.getGateway();
    boolean gatewayEnabled = gateway != null && Boolean.TRUE.equals(gateway.getEnabled());
    return new Exposure(
        spec.getService() != null,
        ingress != null && Boolean.TRUE.equals(ingress.getEnabled()),
        gatewayEnabled,
        gatewayEnabled && Boolean.TRUE.equals(gateway.getTlsPassthrough()));
  }

  /**
   * The public Service exists when asked for, or when an Ingress or a route needs a backend. Inside
   * the cluster, clients can use the headless Service (a standby forwards to the active node), so
   * the public Service is not created by default.
   */
  boolean publicService() {
    return service || ingress || gateway;
  }
}
