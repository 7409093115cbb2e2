package org.baoflow.lane.sim.pod;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.baoflow.lane.sim.kubelet.Kubelet;

/**
 * One lane cluster's DNS and Service routing, down to loopback sockets: {@code kubernetes.default}
 * reaches the cluster's API server; {@code <pod>.<service>.<ns>.svc} a pod's published port; {@code
 * <service>.<ns>.svc} the published port of a ready endpoint of the Service; and hosts the harness
 * registers (an infrastructure OpenBao outside the cluster, say) their sockets. Names resolve with
 * a pod's search path ({@code <ns>.svc.cluster.local}, {@code svc.cluster.local}, {@code
 * cluster.local}), as its resolv.conf sets it.
 */
public final class ClusterDns {
  private static final String CLUSTER_DOMAIN = "cluster.local";
  private static final int API_SERVER_SERVICE_PORT = 443;

  private final KubernetesClient client;
  private final int apiServerPort;
  private final Map<String, InetSocketAddress> hosts = new ConcurrentHashMap<>();

  /**
   * @param client reads Pods and Services of the cluster
   * @param apiServer the URL the cluster's API server listens on (a loopback port)
   */
  public ClusterDns(KubernetesClient client, URI apiServer) {
    this.client = Objects.requireNonNull(client, "client");
    this.apiServerPort = apiServer.getPort();
  }

  /** Makes {@code host}:{@code port} reach {@code target} from every pod of the cluster. */
  public void register(String host, int port, InetSocketAddress target) {
    hosts.put(key(normalize(host), port), Objects.requireNonNull(target, "target"));
  }

  /** Forgets a host {@link #register} added. */
  public void unregister(String host, int port) {
    hosts.remove(key(normalize(host), port));
  }

  /** The loopback port of the cluster's API server. */
  public int apiServerPort() {
    return apiServerPort;
  }

  /**
   * The socket {@code host}:{@code port} reaches from a pod in {@code namespace}; empty when the
   * name does not resolve or nothing listens behind it.
   */
  public Optional<InetSocketAddress> resolve(String host, int port, String namespace) {
    String name = normalize(host);
    List<String> candidates = new ArrayList<>();
    // resolv.conf's ndots:5: a name with fewer dots is tried with the search path first.
    List<String> searched =
        List.of(
            name + "." + namespace + ".svc." + CLUSTER_DOMAIN,
            name + ".svc." + CLUSTER_DOMAIN,
            name + "." + CLUSTER_DOMAIN);
    if (name.chars().filter(c -> c == '.').count() < 5) {
      candidates.addAll(searched);
      candidates.add(name);
    } else {
      candidates.add(name);
      candidates.addAll(searched);
    }
    for (String candidate : candidates) {
      Optional<InetSocketAddress> found = resolveExact(candidate, port);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<InetSocketAddress> resolveExact(String name, int port) {
    InetSocketAddress registered = hosts.get(key(name, port));
    if (registered != null) {
      return Optional.of(registered);
    }
    String inCluster =
        name.endsWith("." + CLUSTER_DOMAIN)
            ? name.substring(0, name.length() - CLUSTER_DOMAIN.length() - 1)
            : name;
    if (!inCluster.endsWith(".svc")) {
      return Optional.empty();
    }
    String[] labels = inCluster.substring(0, inCluster.length() - ".svc".length()).split("\\.");
    if (labels.length == 2) {
      return service(labels[0], labels[1], port);
    }
    if (labels.length == 3) {
      return pod(labels[0], labels[1], labels[2], port);
    }
    return Optional.empty();
  }

  private Optional<InetSocketAddress> service(String name, String namespace, int port) {
    if ("kubernetes".equals(name) && "default".equals(namespace)) {
      return port == API_SERVER_SERVICE_PORT
          ? Optional.of(loopback(apiServerPort))
          : Optional.empty();
    }
    Service service = client.services().inNamespace(namespace).withName(name).get();
    if (service == null || service.getSpec().getSelector() == null) {
      return Optional.empty();
    }
    Optional<ServicePort> servicePort =
        service.getSpec().getPorts().stream().filter(p -> p.getPort() == port).findFirst();
    if (servicePort.isEmpty()) {
      return Optional.empty();
    }
    boolean notReadyToo = Boolean.TRUE.equals(service.getSpec().getPublishNotReadyAddresses());
    return client
        .pods()
        .inNamespace(namespace)
        .withLabels(service.getSpec().getSelector())
        .list()
        .getItems()
        .stream()
        .filter(p -> p.getMetadata().getDeletionTimestamp() == null)
        .filter(p -> notReadyToo || ready(p))
        .sorted(Comparator.comparing(p -> p.getMetadata().getName()))
        .map(p -> targetPort(p, servicePort.get()).flatMap(target -> published(p, target)))
        .flatMap(Optional::stream)
        .findFirst()
        .map(ClusterDns::loopback);
  }

  private Optional<InetSocketAddress> pod(
      String hostname, String subdomain, String namespace, int port) {
    // A pod has a DNS name only under a headless Service named like its subdomain.
    if (client.services().inNamespace(namespace).withName(subdomain).get() == null) {
      return Optional.empty();
    }
    return client.pods().inNamespace(namespace).list().getItems().stream()
        .filter(p -> hostname.equals(p.getSpec().getHostname()))
        .filter(p -> subdomain.equals(p.getSpec().getSubdomain()))
        .filter(p -> p.getMetadata().getDeletionTimestamp() == null)
        .findFirst()
        .flatMap(p -> published(p, port))
        .map(ClusterDns::loopback);
  }

  /** The container port a Service port sends to on {@code pod}. */
  private static Optional<Integer> targetPort(Pod pod, ServicePort servicePort) {
    IntOrString target = servicePort.getTargetPort();
    if (target == null) {
      return Optional.of(servicePort.getPort());
    }
    if (target.getIntVal() != null) {
      return Optional.of(target.getIntVal());
    }
    return containerPorts(pod).stream()
        .filter(p -> target.getStrVal().equals(p.getName()))
        .map(ContainerPort::getContainerPort)
        .findFirst();
  }

  /**
   * The loopback port behind {@code containerPort} of {@code pod}: the kubelet publishes one port
   * per pod, the one the container serves its first declared port on.
   */
  static Optional<Integer> published(Pod pod, int containerPort) {
    String annotation =
        pod.getMetadata().getAnnotations() == null
            ? null
            : pod.getMetadata().getAnnotations().get(Kubelet.PORT_ANNOTATION);
    if (annotation == null) {
      return Optional.empty();
    }
    List<ContainerPort> ports = containerPorts(pod);
    if (!ports.isEmpty() && ports.get(0).getContainerPort() != containerPort) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(annotation));
  }

  private static List<ContainerPort> containerPorts(Pod pod) {
    List<Container> containers = pod.getSpec().getContainers();
    if (containers.isEmpty() || containers.get(0).getPorts() == null) {
      return List.of();
    }
    return containers.get(0).getPorts();
  }

  private static boolean ready(Pod pod) {
    return pod.getStatus() != null
        && pod.getStatus().getConditions() != null
        && pod.getStatus().getConditions().stream()
            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  private static InetSocketAddress loopback(int port) {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
  }

  private static String normalize(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  private static String key(String host, int port) {
    return host + ":" + port;
  }
}
