package org.baoflow.activities.openbao;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.baoflow.activities.bao.BaoEndpoint;
import org.baoflow.activities.bao.BaoEndpointResolver;

/**
 * Resolves a pod's DNS URI {@code https://<pod>.<service>.<namespace>.svc:8200} to the loopback
 * port the pod publishes in its annotation {@value #PORT_ANNOTATION}, still expecting the pod's DNS
 * name in its certificate. The seam for environments where pods publish their port on the Pod
 * rather than being reachable by DNS: the lane, whose kubelet runs every pod on the test's host. In
 * Kubernetes the worker uses {@link BaoEndpointResolver#direct()} instead.
 */
public final class PodPortAnnotationResolver implements BaoEndpointResolver {
  /** The annotation the lane's kubelet publishes a pod's port in. */
  public static final String PORT_ANNOTATION = "lane.openbao.org/port";

  private final KubernetesClient kube;

  /** Reads pods through {@code kube}. */
  public PodPortAnnotationResolver(KubernetesClient kube) {
    this.kube = Objects.requireNonNull(kube, "kube");
  }

  @Override
  public BaoEndpoint resolve(URI advertised) {
    String host = advertised.getHost();
    String[] labels = host == null ? new String[0] : host.split("\\.");
    if (labels.length < 4 || !labels[3].equals("svc")) {
      throw new IllegalArgumentException(
          "not a pod DNS name <pod>.<service>.<namespace>.svc: " + advertised);
    }
    String podName = labels[0];
    String namespace = labels[2];
    Pod pod = kube.pods().inNamespace(namespace).withName(podName).get();
    if (pod == null || pod.getMetadata().getDeletionTimestamp() != null) {
      throw new EndpointUnavailableException("pod " + namespace + "/" + podName + " is not there");
    }
    Map<String, String> annotations = pod.getMetadata().getAnnotations();
    String port = annotations == null ? null : annotations.get(PORT_ANNOTATION);
    if (port == null || port.isBlank()) {
      throw new EndpointUnavailableException(
          "pod " + namespace + "/" + podName + " has not published its port yet");
    }
    return new BaoEndpoint(URI.create("https://127.0.0.1:" + port.strip()), host);
  }

  @Override
  public String toString() {
    return "PodPortAnnotationResolver";
  }
}
