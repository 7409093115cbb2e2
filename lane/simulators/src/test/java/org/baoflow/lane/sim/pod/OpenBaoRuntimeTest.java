package org.baoflow.lane.sim.pod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.baoflow.lane.sim.bao.NodeHost;
import org.baoflow.lane.sim.kube.LaneKubernetes;
import org.baoflow.lane.sim.kube.SharedLane;
import org.baoflow.lane.sim.kube.Workloads;
import org.baoflow.lane.sim.kubelet.Eventually;
import org.baoflow.lane.sim.kubelet.ImageFaults;
import org.baoflow.lane.sim.kubelet.Kubelet;
import org.baoflow.lane.sim.kubelet.KubeletTiming;
import org.baoflow.lane.sim.node.InitializeBlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dev-lane golden resources applied to a lane cluster whose kubelet runs the OpenBao runtime
 * with a fake launcher: the node each pod gets is built from the pod spec alone.
 */
class OpenBaoRuntimeTest {
  private static final AtomicInteger NAMESPACES = new AtomicInteger();
  private static final TestTls TLS = TestTls.selfSigned();
  private static final KubeletTiming TIMING =
      new KubeletTiming(
          Duration.ofMillis(20),
          Duration.ofMillis(50),
          Duration.ofMillis(400),
          Duration.ofMillis(200));

  private final LaneKubernetes lane = SharedLane.lane();
  private final KubernetesClient client = lane.newClient();
  private final String ns = "pods-" + NAMESPACES.incrementAndGet();
  private final FakeOpenBao launcher = new FakeOpenBao();
  private final ClusterDns dns =
      new ClusterDns(client, URI.create(lane.clientConfig().getMasterUrl()));
  private final OpenBaoRuntime runtime =
      new OpenBaoRuntime(client, apiServerCa(), dns, launcher, Duration.ofMillis(20));
  private final Kubelet kubelet = Kubelet.start(client, ns, runtime, new ImageFaults(), TIMING);

  @AfterEach
  void stop() {
    Workloads.drain(client, ns);
    kubelet.close();
    runtime.close();
    client.close();
  }

  private String apiServerCa() {
    return new String(
        Base64.getDecoder().decode(lane.clientConfig().getCaCertData()), StandardCharsets.UTF_8);
  }

  private void apply(UnaryOperator<StatefulSet> edit) {
    DevLaneGolden.apply(client, ns, TLS, edit);
  }

  private static UnaryOperator<StatefulSet> replicas(int replicas) {
    return set -> new StatefulSetBuilder(set).editSpec().withReplicas(replicas).endSpec().build();
  }

  private FakeOpenBao.Launch launched(String pod) {
    return Eventually.await(pod + " launched", () -> launcher.latest(pod).orElse(null));
  }

  private Pod awaitPod(String name, Predicate<Pod> condition, String what) {
    return Eventually.await(
        name + " " + what,
        () -> {
          Pod pod = client.pods().inNamespace(ns).withName(name).get();
          return pod != null && condition.test(pod) ? pod : null;
        });
  }

  private static boolean ready(Pod pod) {
    return pod.getStatus() != null
        && pod.getStatus().getConditions().stream()
            .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  private static String text(NodeHost host, String path) throws Exception {
    return new String(host.readFile(path), StandardCharsets.UTF_8);
  }

  @Test
  void theEntrypointGivesEachPodItsIdentityAndOnlyOrdinalZeroTheSelfInitStanzas() {
    apply(replicas(2));

    FakeOpenBao.Launch first = launched("dev-r1-0");
    FakeOpenBao.Launch second = launched("dev-r1-1");

    assertThat(first.config().storage().nodeId()).contains("dev-r1-0");
    assertThat(first.config().apiAddr()).contains("https://dev-r1-0.dev." + ns + ".svc:8200");
    assertThat(first.config().initialize())
        .extracting(InitializeBlock::name)
        .containsExactly(
            "baoflow-bootstrap",
            "user-requests",
            "baoflow-demo-login",
            "baoflow-revoke-root-token");
    assertThat(second.config().storage().nodeId()).contains("dev-r1-1");
    assertThat(second.config().clusterAddr()).contains("https://dev-r1-1.dev." + ns + ".svc:8201");
    assertThat(second.config().initialize()).isEmpty();
  }

  @Test
  void theNodeSeesTheEnvironmentAndTheFilesOfItsPodSpec() throws Exception {
    apply(replicas(1));
    NodeHost host = launched("dev-r1-0").host();

    assertThat(host.env("POD_NAME")).contains("dev-r1-0");
    assertThat(host.env("BAO_K8S_NAMESPACE")).contains(ns);
    assertThat(host.env("POD_IP")).contains("127.0.0.1");
    assertThat(host.env("BAO_DEMO_PASSWORD")).contains(DevLaneGolden.DEMO_PASSWORD);
    assertThat(host.env("NOT_SET")).isEmpty();
    assertThat(host.image()).isEqualTo("quay.io/openbao/openbao:2.4.4");

    assertThat(text(host, "/etc/bao/tls/ca.crt")).isEqualTo(TLS.certificatePem());
    assertThat(host.readFile("/etc/bao/unseal/key"))
        .isEqualTo(Base64.getDecoder().decode(DevLaneGolden.UNSEAL_KEY_BASE64));
    assertThat(text(host, "/bao/config/config.hcl")).contains("node_id = \"dev-r1-0\"");
    assertThatThrownBy(() -> host.readFile("/etc/passwd")).isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> host.readFile("/etc/bao/tls/missing.pem"))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("/etc/bao/tls/missing.pem");
    assertThatThrownBy(() -> host.readFile("/etc/bao/tls/../../../etc/passwd"))
        .isInstanceOf(NoSuchFileException.class);

    String serviceAccount = "/var/run/secrets/kubernetes.io/serviceaccount";
    assertThat(text(host, serviceAccount + "/namespace")).isEqualTo(ns);
    assertThat(text(host, serviceAccount + "/ca.crt")).isEqualTo(apiServerCa());
    String payload =
        new String(
            Base64.getUrlDecoder().decode(text(host, serviceAccount + "/token").split("\\.")[1]),
            StandardCharsets.UTF_8);
    assertThat(payload).contains("\"sub\":\"system:serviceaccount:" + ns + ":dev-serviceaccount\"");
    assertThat(payload).contains("\"name\":\"dev-r1-0\"");

    assertThat(host.writable("/bao/data")).isTrue();
    assertThat(host.writable("/bao/config/config.hcl")).isTrue();
    assertThat(host.writable("/tmp")).isTrue();
    assertThat(host.writable("/etc/bao/tls/tls.crt")).isFalse();
    assertThat(host.writable("/opt/anything")).isFalse();
  }

  @Test
  void theNodeResolvesTheClusterNamesAndFindsItsPeers() {
    apply(replicas(2));
    FakeOpenBao.Launch first = launched("dev-r1-0");
    FakeOpenBao.Launch second = launched("dev-r1-1");
    NodeHost host = second.host();
    int firstPort = first.node().port();

    assertThat(host.resolve("kubernetes.default.svc", 443))
        .contains(new InetSocketAddress("127.0.0.1", dns.apiServerPort()));
    assertThat(host.resolve("kubernetes.default.svc.cluster.local.", 443)).isPresent();
    assertThat(host.resolve("dev-r1-0.dev." + ns + ".svc", 8200))
        .contains(new InetSocketAddress("127.0.0.1", firstPort));
    assertThat(host.resolve("dev-r1-0.dev", 8200))
        .as("through the pod's search path")
        .contains(new InetSocketAddress("127.0.0.1", firstPort));
    assertThat(host.resolve("dev." + ns + ".svc.cluster.local", 8200)).isPresent();
    assertThat(host.resolve("dev-r1-0.dev." + ns + ".svc", 8201)).isEmpty();
    assertThat(host.resolve("dev-r1-7.dev." + ns + ".svc", 8200)).isEmpty();
    assertThat(host.resolve("example.com", 443)).isEmpty();

    dns.register("infra-bao.infra.svc", 8200, new InetSocketAddress("127.0.0.1", 40000));
    assertThat(host.resolve("infra-bao.infra.svc", 8200))
        .contains(new InetSocketAddress("127.0.0.1", 40000));

    String autoJoin =
        "provider=k8s namespace=" + ns + " label_selector=\"openbao.org/cluster=dev\"";
    Eventually.await(
        "both pods published", () -> host.autoJoin(autoJoin, "https").size() == 2 ? true : null);
    assertThat(host.autoJoin(autoJoin, "https"))
        .containsExactly(
            URI.create("https://127.0.0.1:" + firstPort),
            URI.create("https://127.0.0.1:" + second.node().port()));
    assertThat(host.autoJoin("provider=aws tag_key=x", "https")).isEmpty();
  }

  @Test
  void aWrongTlsMountPathCrashLoopsTheContainer() {
    apply(
        set -> {
          set.getSpec().getTemplate().getSpec().getContainers().get(0).getVolumeMounts().stream()
              .filter(m -> "tls".equals(m.getName()))
              .forEach(m -> m.setMountPath("/etc/bao/certs"));
          return set;
        });

    Pod pod =
        awaitPod(
            "dev-r1-0",
            p -> restarts(p) >= 2 && "CrashLoopBackOff".equals(waitingReason(p)),
            "crash-looping");

    ContainerStatus status = pod.getStatus().getContainerStatuses().get(0);
    assertThat(status.getLastState().getTerminated().getMessage())
        .contains("/etc/bao/tls/tls.crt")
        .doesNotContain("BEGIN");
    assertThat(launcher.launches()).isEmpty();
  }

  @Test
  void aMissingSecretFailsTheStartWithTheKubeletsWords() {
    apply(replicas(1));
    launched("dev-r1-0");
    client.secrets().inNamespace(ns).withName("dev-tls-server").delete();
    client.pods().inNamespace(ns).withName("dev-r1-0").delete();

    Pod pod =
        awaitPod(
            "dev-r1-0",
            p ->
                restarts(p) >= 1
                    && p.getStatus().getContainerStatuses().get(0).getLastState().getTerminated()
                        != null,
            "failing again");

    assertThat(
            pod.getStatus()
                .getContainerStatuses()
                .get(0)
                .getLastState()
                .getTerminated()
                .getMessage())
        .isEqualTo(
            "MountVolume.SetUp failed for volume \"tls\" : secret \"dev-tls-server\" not found");
  }

  @Test
  void aWrongConfigMapKeyFailsTheVolumeAndNoNodeStarts() {
    apply(
        set -> {
          set.getSpec().getTemplate().getSpec().getVolumes().stream()
              .filter(v -> "config-template".equals(v.getName()))
              .forEach(v -> v.getConfigMap().getItems().get(0).setKey("config.hc"));
          return set;
        });

    Pod pod = awaitPod("dev-r1-0", p -> restarts(p) >= 1, "failing");

    assertThat(
            pod.getStatus()
                .getContainerStatuses()
                .get(0)
                .getLastState()
                .getTerminated()
                .getMessage())
        .isEqualTo(
            "MountVolume.SetUp failed for volume \"config-template\" : configmap references"
                + " non-existent config key: config.hc");
    assertThat(launcher.launches()).isEmpty();
  }

  @Test
  void readinessFollowsTheProbeAndTheLabelsFollowTheNodesHealth() {
    apply(replicas(1));
    FakeOpenBao.Launch launch = launched("dev-r1-0");

    Pod pod = awaitPod("dev-r1-0", p -> ready(p) && labelled(p, "true", "false"), "ready");
    assertThat(pod.getMetadata().getLabels())
        .containsEntry("openbao-initialized", "true")
        .containsEntry("openbao-version", "2.4.4");

    launch.node().state(true, true, false);
    pod = awaitPod("dev-r1-0", p -> !ready(p) && labelled(p, "false", "true"), "sealed");
    assertThat(pod.getStatus().getPhase()).isEqualTo("Running");

    launch.node().state(true, false, true);
    pod =
        awaitPod(
            "dev-r1-0",
            p -> ready(p) && labelled(p, "false", "false"),
            "a ready standby (the probe passes standbyok=true)");

    launch.node().state(false, true, false);
    pod = awaitPod("dev-r1-0", p -> !ready(p), "unready while uninitialized");
    assertThat(pod.getMetadata().getLabels()).containsEntry("openbao-initialized", "false");
  }

  @Test
  void theClaimsDataOutlivesThePodAndGoesWithTheClaim() {
    apply(replicas(1));
    FakeOpenBao.Launch first = launched("dev-r1-0");

    client.pods().inNamespace(ns).withName("dev-r1-0").delete();
    FakeOpenBao.Launch second =
        Eventually.await(
            "dev-r1-0 restarted",
            () ->
                launcher.launchesOf("dev-r1-0").size() >= 2
                    ? launcher.latest("dev-r1-0").get()
                    : null);
    assertThat(second.data()).isSameAs(first.data());

    client.persistentVolumeClaims().inNamespace(ns).withName("data-dev-r1-0").delete();
    client.pods().inNamespace(ns).withName("dev-r1-0").delete();
    FakeOpenBao.Launch third =
        Eventually.await(
            "dev-r1-0 on a new claim",
            () ->
                launcher.launchesOf("dev-r1-0").size() >= 3
                    ? launcher.latest("dev-r1-0").get()
                    : null);
    assertThat(third.data()).isNotSameAs(first.data());
  }

  @Test
  void aNodeThatExitsIsRestartedOnTheSameData() {
    apply(replicas(1));
    FakeOpenBao.Launch first = launched("dev-r1-0");
    awaitPod("dev-r1-0", OpenBaoRuntimeTest::ready, "ready");

    first.node().exit(1);

    Pod pod = awaitPod("dev-r1-0", p -> restarts(p) == 1 && ready(p), "restarted and ready");
    assertThat(
            pod.getStatus()
                .getContainerStatuses()
                .get(0)
                .getLastState()
                .getTerminated()
                .getExitCode())
        .isEqualTo(1);
    FakeOpenBao.Launch second = launcher.latest("dev-r1-0").orElseThrow();
    assertThat(second).isNotSameAs(first);
    assertThat(second.data()).isSameAs(first.data());
  }

  @Test
  void aServiceAccountThatOptsOutOfAutomountGetsNoToken() {
    apply(
        set -> {
          // The golden's identity objects, the ServiceAccount among them, exist by now.
          client
              .serviceAccounts()
              .inNamespace(ns)
              .withName("dev-serviceaccount")
              .edit(
                  a -> {
                    a.setAutomountServiceAccountToken(false);
                    return a;
                  });
          set.getSpec().getTemplate().getSpec().setAutomountServiceAccountToken(null);
          return set;
        });

    NodeHost host = launched("dev-r1-0").host();

    assertThatThrownBy(() -> host.readFile("/var/run/secrets/kubernetes.io/serviceaccount/token"))
        .isInstanceOf(NoSuchFileException.class);
  }

  private static boolean labelled(Pod pod, String active, String sealed) {
    Map<String, String> labels = pod.getMetadata().getLabels();
    return active.equals(labels.get("openbao-active"))
        && sealed.equals(labels.get("openbao-sealed"));
  }

  private static int restarts(Pod pod) {
    return pod.getStatus() == null || pod.getStatus().getContainerStatuses().isEmpty()
        ? 0
        : pod.getStatus().getContainerStatuses().get(0).getRestartCount();
  }

  private static String waitingReason(Pod pod) {
    ContainerStatus status = pod.getStatus().getContainerStatuses().get(0);
    return status.getState().getWaiting() == null
        ? null
        : status.getState().getWaiting().getReason();
  }
}
