package org.baoflow.lane.sim.pod;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.baoflow.lane.sim.bao.LaunchedNode;
import org.baoflow.lane.sim.bao.NodeLauncher;
import org.baoflow.lane.sim.bao.NodeStorage;
import org.baoflow.lane.sim.kubelet.ContainerRuntime;
import org.baoflow.lane.sim.kubelet.RunningContainer;
import org.baoflow.lane.sim.node.NodeConfig;
import org.baoflow.lane.sim.node.NodeConfigException;
import org.baoflow.lane.sim.node.ServiceRegistration;

/**
 * The lane's container runtime for OpenBao pods. For each pod it sets the volumes up on the host,
 * resolves the environment, runs the container's command with the real shell until it execs {@code
 * bao server -config=...}, parses that configuration as OpenBao would, and starts the node through
 * the {@link NodeLauncher} with a {@link org.baoflow.lane.sim.bao.NodeHost} that sees the pod's
 * files, environment and network. Everything comes from the pod spec: a wrong mount path, key or
 * variable fails the container as it would fail on a node, and the kubelet shows the message.
 *
 * <p>Readiness follows the container's readiness probe; with {@code service_registration
 * "kubernetes"} the pod's OpenBao labels follow the node's health.
 */
public final class OpenBaoRuntime implements ContainerRuntime, AutoCloseable {
  private static final Duration ENTRYPOINT_TIMEOUT = Duration.ofSeconds(10);

  private final KubernetesClient client;
  private final String apiServerCaPem;
  private final ClusterDns dns;
  private final NodeLauncher launcher;
  private final Duration probePeriod;
  private final VolumeStore store;
  private final ServiceAccountTokens tokens;
  private final ScheduledExecutorService probes;

  /**
   * @param client the lane cluster's API, for the objects pods refer to and the labels they get
   * @param apiServerCaPem the CA of the cluster's API server: pods find it in {@code ca.crt}
   * @param dns the cluster's names, which the nodes resolve
   * @param launcher starts the OpenBao process of each container
   * @param probePeriod how often readiness is probed and the labels are brought up to date
   */
  public OpenBaoRuntime(
      KubernetesClient client,
      String apiServerCaPem,
      ClusterDns dns,
      NodeLauncher launcher,
      Duration probePeriod) {
    this.client = Objects.requireNonNull(client, "client");
    this.apiServerCaPem = Objects.requireNonNull(apiServerCaPem, "apiServerCaPem");
    this.dns = Objects.requireNonNull(dns, "dns");
    this.launcher = Objects.requireNonNull(launcher, "launcher");
    this.probePeriod = Objects.requireNonNull(probePeriod, "probePeriod");
    this.store = VolumeStore.temporary();
    this.tokens = new ServiceAccountTokens(client);
    AtomicInteger threads = new AtomicInteger();
    this.probes =
        Executors.newScheduledThreadPool(
            4,
            r -> {
              Thread thread = new Thread(r, "lane-probe-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  @Override
  public RunningContainer start(Pod pod) {
    dropVolumesOfDeletedObjects();
    Container container = pod.getSpec().getContainers().get(0);
    String namespace = pod.getMetadata().getNamespace();
    PodSources sources = new PodSources(client, namespace, apiServerCaPem);
    boolean accountAutomounts = accountAutomounts(pod);
    Map<String, MaterializedVolume> volumes =
        new VolumeSetup(client, sources, tokens, store)
            .setUp(pod, ContainerMounts.volumes(pod, container, accountAutomounts));
    Map<String, String> env =
        ContainerEnvironment.resolve(pod, container, sources, dns.apiServerPort());
    MountTable mounts = ContainerMounts.table(pod, container, volumes, env, accountAutomounts);
    Path run = store.podDirectory(pod.getMetadata().getUid()).resolve("run");
    HostFiles.deleteTree(run);
    HostFiles.createDirectory(run);
    String configPath = new Entrypoint(mounts, run, ENTRYPOINT_TIMEOUT).run(container, env);
    PodNodeHost host = new PodNodeHost(mounts, env, container.getImage(), namespace, dns, client);
    NodeConfig config = config(host, configPath);
    Optional<ReadinessProbe> readiness = ReadinessProbe.of(container);
    Optional<RegistrationLabels> labels = registration(config, host);
    NodeStorage data =
        mounts
            .mountOf(config.storage().path())
            .flatMap(Mount::storage)
            // Off every volume the data lives in the container's own layer and dies with it.
            .orElseGet(NodeStorage::new);
    LaunchedNode node = launcher.launch(config, host, data);
    return new OpenBaoContainer(node, readiness, labels, probes, probePeriod);
  }

  /** The ServiceAccount's own {@code automountServiceAccountToken}; true when it sets none. */
  private boolean accountAutomounts(Pod pod) {
    if (pod.getSpec().getAutomountServiceAccountToken() != null) {
      return pod.getSpec().getAutomountServiceAccountToken();
    }
    ServiceAccount account =
        client
            .serviceAccounts()
            .inNamespace(pod.getMetadata().getNamespace())
            .withName(ServiceAccountTokens.serviceAccount(pod))
            .get();
    return account == null || !Boolean.FALSE.equals(account.getAutomountServiceAccountToken());
  }

  private static NodeConfig config(PodNodeHost host, String path) {
    String text;
    try {
      text = new String(host.readFile(path), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ContainerStartException(
          "error loading configuration from "
              + path
              + ": open "
              + path
              + ": no such file or directory",
          e);
    } catch (IOException e) {
      throw new ContainerStartException("error loading configuration from " + path, e);
    }
    try {
      return NodeConfig.parse(text);
    } catch (NodeConfigException e) {
      throw new ContainerStartException(e.getMessage(), e);
    }
  }

  /** The label updater {@code service_registration "kubernetes"} asks for, if it does. */
  private Optional<RegistrationLabels> registration(NodeConfig config, PodNodeHost host) {
    if (config.serviceRegistration().isEmpty()) {
      return Optional.empty();
    }
    ServiceRegistration registration = config.serviceRegistration().get();
    String namespace =
        registration
            .namespace()
            .or(() -> host.env("BAO_K8S_NAMESPACE"))
            .orElseThrow(
                () ->
                    new ContainerStartException(
                        "service registration: namespace is not set (namespace or"
                            + " BAO_K8S_NAMESPACE)"));
    String podName =
        registration
            .podName()
            .or(() -> host.env("BAO_K8S_POD_NAME"))
            .orElseThrow(
                () ->
                    new ContainerStartException(
                        "service registration: pod name is not set (pod_name or"
                            + " BAO_K8S_POD_NAME)"));
    String scheme = config.listener().tlsDisable() ? "http" : "https";
    return Optional.of(new RegistrationLabels(client, namespace, podName, scheme));
  }

  /** Pods and claims deleted since the last start leave no directories behind. */
  private void dropVolumesOfDeletedObjects() {
    Set<String> pods = uids(client.pods().inAnyNamespace().list().getItems());
    Set<String> claims = uids(client.persistentVolumeClaims().inAnyNamespace().list().getItems());
    store.retain(pods, claims);
  }

  private static Set<String> uids(List<? extends HasMetadata> objects) {
    return objects.stream().map(o -> o.getMetadata().getUid()).collect(Collectors.toSet());
  }

  /** The cluster's names, for registering hosts outside it. */
  public ClusterDns dns() {
    return dns;
  }

  /** Stops probing and deletes every volume directory; the kubelet stops the containers first. */
  @Override
  public void close() {
    probes.shutdownNow();
    store.close();
  }
}
