package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.baoflow.api.v1alpha1.ServiceSpec;
import org.baoflow.api.v1alpha1.ServiceType;

/**
 * The cluster's Services: the headless Service that names every pod, the public Service whose
 * selector is the blue/green cutover, and the ACME Service.
 */
public final class ServicesRenderer {
  private ServicesRenderer() {}

  /**
   * All Services of the cluster, headless first.
   *
   * @param activeRevision the revision that serves clients; {@code null} selects every pod
   */
  public static List<Service> render(ClusterModel model, String activeRevision) {
    List<Service> services = new ArrayList<>();
    services.add(headless(model));
    publicService(model, activeRevision).ifPresent(services::add);
    acme(model).ifPresent(services::add);
    return services;
  }

  /**
   * The headless Service {@code <cluster>} over all revisions: it gives every pod its DNS name and
   * publishes pods before they are ready, because a node must reach its raft peers (and the worker
   * must reach pod 0) while it is still sealed or uninitialized.
   */
  public static Service headless(ClusterModel model) {
    return new ServiceBuilder()
        .withMetadata(OwnedMetadata.of(model, model.names().headlessService()))
        .withNewSpec()
        .withClusterIP("None")
        .withPublishNotReadyAddresses(true)
        .withSelector(Labels.clusterSelector(model.names().cluster()))
        .withPorts(
            port("api", PodLayout.API_PORT, PodLayout.API_PORT),
            port("cluster", PodLayout.CLUSTER_PORT, PodLayout.CLUSTER_PORT))
        .endSpec()
        .build();
  }

  /**
   * The public Service {@code <cluster>-public}, when {@link Exposure#publicService()} asks for it.
   * It selects ready pods of the active revision only, so switching {@code activeRevision} from
   * blue to green is the traffic cutover; routes and the Ingress keep pointing at this Service.
   */
  public static Optional<Service> publicService(ClusterModel model, String activeRevision) {
    if (!Exposure.of(model.spec()).publicService()) {
      return Optional.empty();
    }
    ServiceSpec spec = model.spec().getService();
    ServiceType type =
        spec == null || spec.getType() == null ? ServiceType.CLUSTER_IP : spec.getType();
    return Optional.of(
        new ServiceBuilder()
            .withMetadata(
                OwnedMetadata.of(
                    model,
                    model.names().publicService(),
                    Labels.common(model.names().cluster()),
                    OwnedMetadata.userAnnotations(spec == null ? null : spec.getAnnotations())))
            .withNewSpec()
            .withType(type.wireValue())
            .withSelector(Labels.podSelector(model.names().cluster(), activeRevision))
            .withPorts(port("api", PodLayout.API_PORT, PodLayout.API_PORT))
            .endSpec()
            .build());
  }

  /**
   * The ACME Service {@code <cluster>-acme} in ACME mode: the ACME server validates the pods'
   * challenges through it before they are ready (they cannot be ready without a certificate), on
   * the HTTP and TLS ports an ACME server dials.
   */
  public static Optional<Service> acme(ClusterModel model) {
    if (!DefaultedSpec.acme(model.spec())) {
      return Optional.empty();
    }
    return Optional.of(
        new ServiceBuilder()
            .withMetadata(OwnedMetadata.of(model, model.names().acmeService()))
            .withNewSpec()
            .withPublishNotReadyAddresses(true)
            .withSelector(Labels.clusterSelector(model.names().cluster()))
            .withPorts(port("http", 80, PodLayout.API_PORT), port("https", 443, PodLayout.API_PORT))
            .endSpec()
            .build());
  }

  private static ServicePort port(String name, int port, int targetPort) {
    return new ServicePortBuilder()
        .withName(name)
        .withProtocol("TCP")
        .withPort(port)
        .withTargetPort(new IntOrString(targetPort))
        .build();
  }
}
