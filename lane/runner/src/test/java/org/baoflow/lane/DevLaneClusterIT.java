package org.baoflow.lane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import org.baoflow.activities.bao.AuthClient;
import org.baoflow.activities.bao.BaoBadRequestException;
import org.baoflow.activities.bao.BaoClientSettings;
import org.baoflow.activities.bao.BaoConnection;
import org.baoflow.activities.bao.BaoEndpoint;
import org.baoflow.activities.bao.BaoNotFoundException;
import org.baoflow.activities.bao.BaoToken;
import org.baoflow.activities.bao.KvClient;
import org.baoflow.activities.bao.RaftClient;
import org.baoflow.activities.bao.RaftServer;
import org.baoflow.activities.bao.SnapshotSource;
import org.baoflow.activities.bao.SysClient;
import org.baoflow.activities.kube.render.ClusterModel;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.lane.sim.harness.SimulatedOpenBao;
import org.baoflow.lane.sim.kubelet.Kubelet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 3's proof, without the operator: the rendered resources of the Development sample applied
 * to a lane cluster boot a three-node OpenBao cluster whose pod 0 self-initializes and whose other
 * pods join; our client logs in with JWT as the worker's service account, writes and reads KV data,
 * takes a snapshot and restores it into a cluster with the same seal (the data is there) and into
 * one with another seal (refused, and sealed when forced); a wrong mount path fails a node; a
 * killed leader is replaced and its pod rejoins. The steps run in order on one lane.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DevLaneClusterIT {
  private static final KubernetesSerialization YAML = new KubernetesSerialization();
  private static final Path SAMPLE = Path.of("../../deploy/samples/dev-lane.yaml");
  private static final String NAMESPACE = "openbao";
  private static final String JWT_MOUNT = "jwt-operator";
  private static final String DATA_ROLE = "lane-data";
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final Map<String, Object> GREETING = Map.of("greeting", "hello from the lane");

  /**
   * What the test adds to the sample's self-init requests: a KV v2 mount and a JWT role for the
   * worker's account that may use it (the worker's own roles may not read secrets).
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
      """;

  private final Map<String, String> caByCluster = new HashMap<>();
  private Lane lane;
  private KubernetesClient kube;
  private byte[] devSealKey;
  private Path snapshot;

  @BeforeAll
  void startLane() {
    long started = System.nanoTime();
    lane = Lane.builder().openBao(SimulatedOpenBao.launchers()).start();
    System.out.printf(
        "[lane] started in %d ms: %s%n",
        Duration.ofNanos(System.nanoTime() - started).toMillis(), lane.startTimes());
    kube = lane.client();
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
    devSealKey = randomKey();
  }

  @AfterAll
  void stopLane() {
    if (lane != null) {
      lane.close();
    }
  }

  @Test
  @Order(1)
  void threeNodesBootPodZeroSelfInitializesAndTheOthersJoin() throws IOException {
    long started = System.nanoTime();
    applyCluster("dev", 3, devSealKey, UnaryOperator.identity());

    List<Pod> pods = awaitReadyPods("dev", 3);

    System.out.printf(
        "[lane] 3-node cluster ready in %d ms%n",
        Duration.ofNanos(System.nanoTime() - started).toMillis());
    RaftClient raft = new RaftClient(connection("dev", pods.get(0)));
    List<RaftServer> servers = raft.configuration(login("dev", "openbao-operator")).servers();
    assertThat(servers)
        .extracting(RaftServer::nodeId)
        .containsExactlyInAnyOrder("dev-0", "dev-1", "dev-2");
    assertThat(servers).filteredOn(RaftServer::leader).hasSize(1);
    awaitTrue("one pod labelled openbao-active=true", () -> activePods("dev").size() == 1);
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    System.out.printf(
        "[lane] heap used with a 3-node cluster: %d MiB%n",
        (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
  }

  @Test
  @Order(2)
  void theWorkerLogsInWithJwtAndWritesAndReadsKvData() {
    KvClient kv = new KvClient(connection("dev", activePods("dev").get(0)));
    BaoToken token = login("dev", DATA_ROLE);

    kv.write(token, "secret", "lane/hello", GREETING);

    // Read through a standby, which forwards to the active node.
    Pod standby = readyPods("dev").stream().filter(pod -> !active(pod)).findFirst().orElseThrow();
    assertThat(new KvClient(connection("dev", standby)).read(token, "secret", "lane/hello").data())
        .isEqualTo(GREETING);
  }

  @Test
  @Order(3)
  void aSnapshotOfTheLeaderIsAGzipTarWithTheFourFiles() throws IOException {
    RaftClient raft = new RaftClient(connection("dev", activePods("dev").get(0)));
    snapshot = Files.createTempFile("dev-lane", ".snap");
    try (InputStream in = raft.snapshot(login("dev", "openbao-operator-backup"));
        OutputStream out = Files.newOutputStream(snapshot)) {
      in.transferTo(out);
    }

    assertThat(tarEntryNames(snapshot))
        .containsExactly("meta.json", "state.bin", "SHA256SUMS", "SHA256SUMS.sealed");
  }

  @Test
  @Order(4)
  void aClusterWithTheSameSealGetsTheDataByRestore() throws IOException {
    applyCluster("dev-same", 1, devSealKey, UnaryOperator.identity());
    Pod target = awaitReadyPods("dev-same", 1).get(0);
    KvClient kv = new KvClient(connection("dev-same", target));
    assertThatThrownBy(() -> kv.read(login("dev-same", DATA_ROLE), "secret", "lane/hello"))
        .isInstanceOf(BaoNotFoundException.class);

    new RaftClient(connection("dev-same", target))
        .restore(login("dev-same", "openbao-operator-restore"), SnapshotSource.ofFile(snapshot));

    // The restore is applied after the 204; the source's roles now log in on the target.
    awaitTrue(
        "the restored data on dev-same",
        () -> readGreeting(kv).filter(GREETING::equals).isPresent());
  }

  @Test
  @Order(5)
  void aClusterWithAnotherSealRefusesTheSnapshotAndSealsWhenForced() {
    applyCluster("dev-other", 1, randomKey(), UnaryOperator.identity());
    Pod target = awaitReadyPods("dev-other", 1).get(0);
    RaftClient raft = new RaftClient(connection("dev-other", target));
    BaoToken token = login("dev-other", "openbao-operator-restore");

    assertThatThrownBy(() -> raft.restore(token, SnapshotSource.ofFile(snapshot)))
        .isInstanceOf(BaoBadRequestException.class)
        .hasMessageContaining("could not verify hash file");

    raft.forceRestore(token, SnapshotSource.ofFile(snapshot));
    SysClient sys = new SysClient(connection("dev-other", target));
    awaitTrue("dev-other sealed after the forced restore", () -> sys.sealStatus().sealed());
  }

  @Test
  @Order(6)
  void aWrongMountPathFailsTheNode() {
    applyCluster("dev-bad", 1, randomKey(), DevLaneClusterIT::moveTheTlsMount);

    awaitTrue(
        "dev-bad-0 crash-looping over its TLS file",
        () ->
            podStatus("dev-bad-0")
                .filter(status -> status.getState().getWaiting() != null)
                .filter(
                    status -> "CrashLoopBackOff".equals(status.getState().getWaiting().getReason()))
                .filter(
                    status ->
                        String.valueOf(status.getLastState().getTerminated().getMessage())
                            .contains("/etc/bao/tls/tls.crt"))
                .isPresent());
  }

  @Test
  @Order(7)
  void aKilledLeaderIsReplacedAndItsPodRejoins() {
    Pod leader = activePods("dev").get(0);
    String killed = leader.getMetadata().getName();

    kube.pods().inNamespace(NAMESPACE).withName(killed).withGracePeriod(0).delete();

    awaitTrue(
        "another pod active",
        () ->
            activePods("dev").stream()
                .map(pod -> pod.getMetadata().getName())
                .anyMatch(name -> !name.equals(killed)));
    List<Pod> pods = awaitReadyPods("dev", 3);
    assertThat(pods)
        .extracting(pod -> pod.getMetadata().getUid())
        .doesNotContain(leader.getMetadata().getUid());
    RaftClient raft = new RaftClient(connection("dev", activePods("dev").get(0)));
    awaitTrue(
        killed + " back as a raft voter",
        () ->
            raft.configuration(login("dev", "openbao-operator")).servers().stream()
                .anyMatch(server -> server.nodeId().equals(killed) && server.voter()));
    assertThat(
            new KvClient(connection("dev", activePods("dev").get(0)))
                .read(login("dev", DATA_ROLE), "secret", "lane/hello")
                .data())
        .isEqualTo(GREETING);
  }

  private void applyCluster(
      String name, int replicas, byte[] sealKey, UnaryOperator<List<HasMetadata>> edit) {
    OpenBaoCluster cluster = YAML.unmarshal(sampleWithDataRequests(), OpenBaoCluster.class);
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

  private static String sampleWithDataRequests() {
    try {
      String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8);
      String anchor = "    requests:\n";
      assertThat(sample).contains(anchor);
      return sample.replace(anchor, anchor + DATA_REQUESTS.indent(2));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The StatefulSet mounts the TLS Secret one directory off from where config.hcl reads it. */
  private static List<HasMetadata> moveTheTlsMount(List<HasMetadata> resources) {
    return resources.stream()
        .map(
            resource ->
                resource instanceof StatefulSet set
                    ? (HasMetadata)
                        new StatefulSetBuilder(set)
                            .editSpec()
                            .editTemplate()
                            .editSpec()
                            .editFirstContainer()
                            .editMatchingVolumeMount(mount -> mount.getName().equals("tls"))
                            .withMountPath("/etc/bao/tls-moved")
                            .endVolumeMount()
                            .endContainer()
                            .endSpec()
                            .endTemplate()
                            .endSpec()
                            .build()
                    : resource)
        .toList();
  }

  /** Logs in on {@code cluster} with the worker's projected token, as the worker will. */
  private BaoToken login(String cluster, String role) {
    String jwt =
        kube.serviceAccounts()
            .inNamespace(ClusterResources.PLATFORM.workerNamespace())
            .withName(ClusterResources.PLATFORM.workerServiceAccount())
            .tokenRequest(
                new TokenRequestBuilder()
                    .withNewSpec()
                    .withAudiences("openbao-internal")
                    .withExpirationSeconds(600L)
                    .endSpec()
                    .build())
            .getStatus()
            .getToken();
    Pod pod = readyPods(cluster).get(0);
    return new AuthClient(connection(cluster, pod)).jwtLogin(JWT_MOUNT, role, jwt).token();
  }

  private Optional<Map<String, Object>> readGreeting(KvClient kv) {
    try {
      return Optional.of(kv.read(login("dev-same", DATA_ROLE), "secret", "lane/hello").data());
    } catch (RuntimeException notYet) {
      return Optional.empty();
    }
  }

  /** A client connection to {@code pod} that verifies the pod's DNS name and the cluster's CA. */
  private BaoConnection connection(String cluster, Pod pod) {
    return BaoConnection.open(
        endpoint(cluster, pod.getMetadata().getName()),
        caByCluster.get(cluster),
        BaoClientSettings.defaults(),
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

  private List<Pod> awaitReadyPods(String cluster, int count) {
    awaitTrue(count + " ready pods of " + cluster, () -> readyPods(cluster).size() == count);
    return readyPods(cluster);
  }

  private List<Pod> readyPods(String cluster) {
    return pods(cluster).stream().filter(DevLaneClusterIT::ready).toList();
  }

  private List<Pod> activePods(String cluster) {
    return readyPods(cluster).stream().filter(DevLaneClusterIT::active).toList();
  }

  private List<Pod> pods(String cluster) {
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

  private Optional<ContainerStatus> podStatus(String name) {
    return Optional.ofNullable(kube.pods().inNamespace(NAMESPACE).withName(name).get())
        .map(Pod::getStatus)
        .flatMap(status -> status.getContainerStatuses().stream().findFirst());
  }

  private static boolean ready(Pod pod) {
    return pod.getStatus() != null
        && pod.getStatus().getConditions().stream()
            .anyMatch(c -> c.getType().equals("Ready") && c.getStatus().equals("True"));
  }

  private static boolean active(Pod pod) {
    return "true".equals(pod.getMetadata().getLabels().get("openbao-active"));
  }

  private void awaitTrue(String what, BooleanSupplier condition) {
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

  /**
   * The names of the tar entries inside the gzip file, read with the JDK alone: ustar headers are
   * 512-byte blocks with the name in the first 100 bytes and the size in octal at 124.
   */
  private static List<String> tarEntryNames(Path file) throws IOException {
    List<String> names = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      byte[] header = new byte[512];
      while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
        String name = new String(header, 0, 100, StandardCharsets.US_ASCII).split("\0")[0];
        long size =
            Long.parseLong(new String(header, 124, 11, StandardCharsets.US_ASCII).trim(), 8);
        names.add(name);
        in.skipNBytes((size + 511) / 512 * 512);
      }
    }
    return names;
  }

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
