package org.baoflow.lane.sim.pod;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baoflow.lane.sim.bao.NodeHost;
import org.baoflow.lane.sim.kubelet.Kubelet;

/**
 * The container an OpenBao node runs in, built from its pod: files through the mount table, the
 * resolved environment, the image, the cluster's DNS, and go-discover's k8s provider over the
 * cluster's API.
 */
final class PodNodeHost implements NodeHost {
  private final MountTable mounts;
  private final Map<String, String> env;
  private final String image;
  private final String namespace;
  private final ClusterDns dns;
  private final KubernetesClient client;

  PodNodeHost(
      MountTable mounts,
      Map<String, String> env,
      String image,
      String namespace,
      ClusterDns dns,
      KubernetesClient client) {
    this.mounts = mounts;
    this.env = Map.copyOf(env);
    this.image = image;
    this.namespace = namespace;
    this.dns = dns;
    this.client = client;
  }

  @Override
  public byte[] readFile(String path) throws IOException {
    if (!path.startsWith("/")) {
      throw new NoSuchFileException(path, null, "not an absolute path");
    }
    Optional<Path> host = mounts.hostPath(path);
    if (host.isEmpty()) {
      throw new NoSuchFileException(path, null, "no volume is mounted there");
    }
    if (!Files.isRegularFile(host.get())) {
      throw new NoSuchFileException(path);
    }
    return Files.readAllBytes(host.get());
  }

  @Override
  public boolean writable(String path) {
    return path.startsWith("/") && mounts.writable(path);
  }

  @Override
  public Optional<String> env(String name) {
    return Optional.ofNullable(env.get(name));
  }

  @Override
  public String image() {
    return image;
  }

  @Override
  public Optional<InetSocketAddress> resolve(String host, int port) {
    return dns.resolve(host, port, namespace);
  }

  @Override
  public List<URI> autoJoin(String autoJoin, String scheme) {
    AutoJoinQuery query = AutoJoinQuery.parse(autoJoin);
    if (!"k8s".equals(query.get("provider").orElse(""))) {
      return List.of();
    }
    String ns = query.get("namespace").orElse("default");
    var pods = client.pods().inNamespace(ns);
    List<Pod> found =
        query
            .get("label_selector")
            .map(selector -> pods.withLabelSelector(selector).list())
            .orElseGet(pods::list)
            .getItems();
    String effectiveScheme = scheme == null || scheme.isEmpty() ? "https" : scheme;
    return found.stream()
        // go-discover skips pods that are not running or have no IP yet.
        .filter(p -> p.getStatus() != null && "Running".equals(p.getStatus().getPhase()))
        .filter(p -> p.getStatus().getPodIP() != null)
        .sorted(Comparator.comparing(p -> p.getMetadata().getName()))
        .flatMap(p -> publishedPort(p).stream())
        .map(port -> URI.create(effectiveScheme + "://" + FieldRefs.POD_IP + ":" + port))
        .toList();
  }

  private static Optional<Integer> publishedPort(Pod pod) {
    String port =
        pod.getMetadata().getAnnotations() == null
            ? null
            : pod.getMetadata().getAnnotations().get(Kubelet.PORT_ANNOTATION);
    return Optional.ofNullable(port).map(Integer::parseInt);
  }

  /** The container's mounts, for the runtime to pick the data volume. */
  MountTable mounts() {
    return mounts;
  }
}
