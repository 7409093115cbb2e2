package org.baoflow.lane;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.baoflow.activities.bao.AuthClient;
import org.baoflow.activities.bao.BaoClientSettings;
import org.baoflow.activities.bao.BaoConnection;
import org.baoflow.activities.bao.BaoEndpoint;
import org.baoflow.activities.bao.BaoToken;
import org.baoflow.activities.kube.render.ClusterModel;
import org.baoflow.activities.openbao.ServiceAccountTokens;
import org.baoflow.activities.openbao.TokenRequestTokens;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.lane.sim.kubelet.Kubelet;

/**
 * The lane ITs' way of running the Development sample, without the operator: renders it under a
 * cluster name and applies the resources to the lane's first cluster, then finds its pods, logs in
 * with the worker's projected token and opens client connections that verify each pod's DNS name
 * against the cluster's CA.
 */
final class DevLaneClusters {
  static final String NAMESPACE = "openbao";
  static final String JWT_MOUNT = "jwt-operator";
  static final String DATA_ROLE = "lane-data";
  static final Duration WAIT = Duration.ofSeconds(60);

  private static final KubernetesSerialization YAML = new KubernetesSerialization();

  /** The Development sample, what {@link #DevLaneClusters(Lane)} renders. */
  static final Path DEV_SAMPLE = Path.of("../../deploy/samples/dev-lane.yaml");

  /**
   * What the ITs add to the sample's self-init requests: a KV v2 mount, and a JWT role and a
   * Kubernetes auth role for the worker's account that may use it (the worker's own roles may not
   * read secrets).
   */
  private static final String DATA_REQUESTS =
      """
          - name: enable-kv
            operation: update
            path: sys/mounts/secret
            secretEngine:
              type: kv
              options:
                version: "2"
          - name: policy-lane-data
            operation: update
            path: sys/policies/acl/lane-data
            policy:
              policy: 'path "secret/*" { capabilities = ["create", "read", "update", "list"] }'
          - name: role-lane-data
            operation: update
            path: auth/jwt-operator/role/lane-data
            data:
              role_type: jwt
              user_claim: sub
              bound_audiences: ["openbao-internal"]
              bound_subject: system:serviceaccount:baoflow-system:baoflow-worker
              token_policies: ["lane-data"]
              token_ttl: 1h
          - name: enable-kubernetes
            operation: update
            path: sys/auth/kubernetes
            authMethod:
              type: kubernetes
          - name: configure-kubernetes
            operation: update
            path: auth/kubernetes/config
            data:
              kubernetes_host: https://kubernetes.default.svc
          - name: role-kubernetes-lane-data
            operation: update
            path: auth/kubernetes/role/lane-data
            data:
              bound_service_account_names: ["baoflow-worker"]
              bound_service_account_namespaces: ["baoflow-system"]
              audience: openbao-internal
              token_policies: ["lane-data"]
              token_ttl: 1h
      """;

  private final KubernetesClient kube;
  private final Path sample;
  private final Map<String, String> caByCluster = new ConcurrentHashMap<>();

  /** The Development sample on the lane's first cluster. */
  DevLaneClusters(Lane lane) {
    this(lane.client(), DEV_SAMPLE);
  }

  /**
   * Renders {@code sample} on the lane cluster {@code kube} talks to; creates the namespaces and
   * the worker's ServiceAccount there.
   */
  DevLaneClusters(KubernetesClient kube, Path sample) {
    this.kube = kube;
    this.sample = sample;
    for (String namespace : List.of(NAMESPACE, ClusterResources.PLATFORM.workerNamespace())) {
      kube.resource(
              new NamespaceBuilder().withNewMetadata().withName(namespace).endMetadata().build())
          .serverSideApply();
    }
    kube.resource(
            new ServiceAccountBuilder()
                .withNewMetadata()
                .withNamespace(ClusterResources.PLATFORM.workerNamespace())
                .withName(ClusterResources.PLATFORM.workerServiceAccount())
                .endMetadata()
                .build())
        .serverSideApply();
  }

  /** The lane cluster's client. */
  KubernetesClient kube() {
    return kube;
  }

  /**
   * Renders the sample as OpenBao cluster {@code name} with {@code replicas} nodes and the static
   * seal {@code sealKey} ({@code null} for the transit seal the sample names), and applies the
   * resources {@code edit} returns.
   */
  void apply(String name, int replicas, byte[] sealKey, UnaryOperator<List<HasMetadata>> edit) {
    OpenBaoCluster cluster = YAML.unmarshal(sampleWithDataRequests(sample), OpenBaoCluster.class);
    cluster.getMetadata().setName(name);
    cluster.getMetadata().setUid(UUID.randomUUID().toString());
    cluster.getSpec().setReplicas(replicas);
    ClusterResources.Rendered rendered =
        ClusterResources.render(ClusterModel.from(cluster), Instant.now(), sealKey);
    caByCluster.put(name, rendered.caPem());
    // The bootstrap workflow generates the demo password; here the test does.
    kube.resource(
            new SecretBuilder()
                .withNewMetadata()
                .withNamespace(NAMESPACE)
                .withName(name + "-demo-login")
                .endMetadata()
                .addToStringData("password", UUID.randomUUID().toString())
                .build())
        .serverSideApply();
    for (HasMetadata resource : edit.apply(new ArrayList<>(rendered.resources()))) {
      kube.resource(resource).forceConflicts().serverSideApply();
    }
  }

  private static String sampleWithDataRequests(Path sample) {
    try {
      String text = Files.readString(sample, StandardCharsets.UTF_8);
      String anchor = "    requests:\n";
      assertThat(text).contains(anchor);
      return text.replace(anchor, anchor + DATA_REQUESTS.indent(2));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Logs in on {@code cluster} with the worker's projected token, as the worker will. */
  BaoToken login(String cluster, String role) {
    Pod pod = readyPods(cluster).get(0);
    return new AuthClient(connection(cluster, pod)).jwtLogin(JWT_MOUNT, role, workerJwt()).token();
  }

  /** Logs in with Kubernetes auth (TokenReview) as the worker's account. */
  BaoToken kubernetesLogin(String cluster, String role) {
    Pod pod = readyPods(cluster).get(0);
    return new AuthClient(connection(cluster, pod))
        .kubernetesLogin("kubernetes", role, workerJwt())
        .token();
  }

  /** A token for the worker's ServiceAccount from the lane's TokenRequest. */
  private String workerJwt() {
    return new TokenRequestTokens(
            kube,
            ClusterResources.PLATFORM.workerNamespace(),
            ClusterResources.PLATFORM.workerServiceAccount(),
            ServiceAccountTokens.AUDIENCE)
        .token();
  }

  /** A client connection to {@code pod} with the default settings. */
  BaoConnection connection(String cluster, Pod pod) {
    return connection(cluster, pod.getMetadata().getName(), BaoClientSettings.defaults());
  }

  /** A client connection to pod {@code podName} that verifies its DNS name and the cluster's CA. */
  BaoConnection connection(String cluster, String podName, BaoClientSettings settings) {
    return BaoConnection.open(
        endpoint(cluster, podName),
        caByCluster.get(cluster),
        settings,
        advertised -> endpoint(cluster, advertised.getHost().split("\\.")[0]));
  }

  /** The pod's published loopback port, expecting the pod's DNS name in its certificate. */
  private BaoEndpoint endpoint(String cluster, String podName) {
    Pod pod = kube.pods().inNamespace(NAMESPACE).withName(podName).get();
    String port = pod.getMetadata().getAnnotations().get(Kubelet.PORT_ANNOTATION);
    return new BaoEndpoint(
        URI.create("https://127.0.0.1:" + port),
        podName + "." + cluster + "." + NAMESPACE + ".svc");
  }

  List<Pod> awaitReadyPods(String cluster, int count) {
    awaitTrue(count + " ready pods of " + cluster, () -> readyPods(cluster).size() == count);
    return readyPods(cluster);
  }

  List<Pod> readyPods(String cluster) {
    return pods(cluster).stream().filter(DevLaneClusters::ready).toList();
  }

  List<Pod> activePods(String cluster) {
    return readyPods(cluster).stream().filter(DevLaneClusters::active).toList();
  }

  /** The cluster's pods not being deleted, by name. */
  List<Pod> pods(String cluster) {
    return kube
        .pods()
        .inNamespace(NAMESPACE)
        .withLabel("openbao.org/cluster", cluster)
        .list()
        .getItems()
        .stream()
        .filter(pod -> pod.getMetadata().getDeletionTimestamp() == null)
        .sorted(Comparator.comparing(pod -> pod.getMetadata().getName()))
        .toList();
  }

  Optional<ContainerStatus> podStatus(String name) {
    return Optional.ofNullable(kube.pods().inNamespace(NAMESPACE).withName(name).get())
        .map(Pod::getStatus)
        .flatMap(status -> status.getContainerStatuses().stream().findFirst());
  }

  static boolean ready(Pod pod) {
    return pod.getStatus() != null
        && pod.getStatus().getConditions().stream()
            .anyMatch(c -> c.getType().equals("Ready") && c.getStatus().equals("True"));
  }

  static boolean active(Pod pod) {
    return "true".equals(pod.getMetadata().getLabels().get("openbao-active"));
  }

  /** Polls {@code condition} until it holds, failing after {@link #WAIT} with the pods' state. */
  void awaitTrue(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "waited " + WAIT.toSeconds() + " s for " + what + "; pods: " + podSummary());
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
  }

  private String podSummary() {
    return kube.pods().inNamespace(NAMESPACE).list().getItems().stream()
        .map(
            pod ->
                pod.getMetadata().getName()
                    + " labels="
                    + pod.getMetadata().getLabels()
                    + " status="
                    + (pod.getStatus() == null ? null : pod.getStatus().getContainerStatuses()))
        .toList()
        .toString();
  }

  /** A fresh 32-byte static seal key. */
  static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
