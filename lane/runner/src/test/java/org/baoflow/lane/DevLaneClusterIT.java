package org.baoflow.lane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import org.baoflow.activities.bao.BaoBadRequestException;
import org.baoflow.activities.bao.BaoNotFoundException;
import org.baoflow.activities.bao.BaoToken;
import org.baoflow.activities.bao.KvClient;
import org.baoflow.activities.bao.RaftClient;
import org.baoflow.activities.bao.RaftServer;
import org.baoflow.activities.bao.SnapshotSource;
import org.baoflow.activities.bao.SysClient;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.lane.sim.harness.SimulatedOpenBao;
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
 * pods join; our client logs in with JWT as the worker's service account (and with Kubernetes auth,
 * which asks the lane's TokenReview), writes and reads KV data, takes a snapshot and restores it
 * into a cluster with the same seal (the data is there) and into one with another seal (refused,
 * and sealed when forced); a wrong mount path fails a node; a killed leader is replaced and its pod
 * rejoins. The steps run in order on one lane.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DevLaneClusterIT {
  private static final String NAMESPACE = DevLaneClusters.NAMESPACE;
  private static final String DATA_ROLE = DevLaneClusters.DATA_ROLE;
  private static final Map<String, Object> GREETING = Map.of("greeting", "hello from the lane");

  private Lane lane;
  private DevLaneClusters clusters;
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
    clusters = new DevLaneClusters(lane);
    kube = clusters.kube();
    devSealKey = DevLaneClusters.randomKey();
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
    clusters.apply("dev", 3, devSealKey, UnaryOperator.identity());

    List<Pod> pods = clusters.awaitReadyPods("dev", 3);

    System.out.printf(
        "[lane] 3-node cluster ready in %d ms%n",
        Duration.ofNanos(System.nanoTime() - started).toMillis());
    RaftClient raft = new RaftClient(clusters.connection("dev", pods.get(0)));
    List<RaftServer> servers =
        raft.configuration(clusters.login("dev", "openbao-operator")).servers();
    assertThat(servers)
        .extracting(RaftServer::nodeId)
        .containsExactlyInAnyOrder("dev-0", "dev-1", "dev-2");
    assertThat(servers).filteredOn(RaftServer::leader).hasSize(1);
    clusters.awaitTrue(
        "one pod labelled openbao-active=true", () -> clusters.activePods("dev").size() == 1);
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    System.out.printf(
        "[lane] heap used with a 3-node cluster: %d MiB%n",
        (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
  }

  @Test
  @Order(2)
  void theWorkerLogsInWithJwtAndWritesAndReadsKvData() {
    KvClient kv = new KvClient(clusters.connection("dev", clusters.activePods("dev").get(0)));
    BaoToken token = clusters.login("dev", DATA_ROLE);

    kv.write(token, "secret", "lane/hello", GREETING);

    // Read through a standby, which forwards to the active node.
    Pod standby =
        clusters.readyPods("dev").stream()
            .filter(pod -> !DevLaneClusters.active(pod))
            .findFirst()
            .orElseThrow();
    assertThat(
            new KvClient(clusters.connection("dev", standby))
                .read(token, "secret", "lane/hello")
                .data())
        .isEqualTo(GREETING);
  }

  @Test
  @Order(3)
  void theWorkerAlsoLogsInWithKubernetesAuthThroughTokenReview() {
    KvClient kv = new KvClient(clusters.connection("dev", clusters.activePods("dev").get(0)));

    BaoToken token = clusters.kubernetesLogin("dev", DATA_ROLE);

    assertThat(kv.read(token, "secret", "lane/hello").data()).isEqualTo(GREETING);
  }

  @Test
  @Order(4)
  void aSnapshotOfTheLeaderIsAGzipTarWithTheFourFiles() throws IOException {
    RaftClient raft = new RaftClient(clusters.connection("dev", clusters.activePods("dev").get(0)));
    snapshot = Files.createTempFile("dev-lane", ".snap");
    try (InputStream in = raft.snapshot(clusters.login("dev", "openbao-operator-backup"));
        OutputStream out = Files.newOutputStream(snapshot)) {
      in.transferTo(out);
    }

    assertThat(tarEntryNames(snapshot))
        .containsExactly("meta.json", "state.bin", "SHA256SUMS", "SHA256SUMS.sealed");
  }

  @Test
  @Order(5)
  void aClusterWithTheSameSealGetsTheDataByRestore() throws IOException {
    clusters.apply("dev-same", 1, devSealKey, UnaryOperator.identity());
    Pod target = clusters.awaitReadyPods("dev-same", 1).get(0);
    KvClient kv = new KvClient(clusters.connection("dev-same", target));
    assertThatThrownBy(() -> kv.read(clusters.login("dev-same", DATA_ROLE), "secret", "lane/hello"))
        .isInstanceOf(BaoNotFoundException.class);

    new RaftClient(clusters.connection("dev-same", target))
        .restore(
            clusters.login("dev-same", "openbao-operator-restore"),
            SnapshotSource.ofFile(snapshot));

    // The restore is applied after the 204; the source's roles now log in on the target.
    clusters.awaitTrue(
        "the restored data on dev-same",
        () -> readGreeting(kv).filter(GREETING::equals).isPresent());
  }

  @Test
  @Order(6)
  void aClusterWithAnotherSealRefusesTheSnapshotAndSealsWhenForced() {
    clusters.apply("dev-other", 1, DevLaneClusters.randomKey(), UnaryOperator.identity());
    Pod target = clusters.awaitReadyPods("dev-other", 1).get(0);
    RaftClient raft = new RaftClient(clusters.connection("dev-other", target));
    BaoToken token = clusters.login("dev-other", "openbao-operator-restore");

    assertThatThrownBy(() -> raft.restore(token, SnapshotSource.ofFile(snapshot)))
        .isInstanceOf(BaoBadRequestException.class)
        .hasMessageContaining("could not verify hash file");

    raft.forceRestore(token, SnapshotSource.ofFile(snapshot));
    SysClient sys = new SysClient(clusters.connection("dev-other", target));
    clusters.awaitTrue(
        "dev-other sealed after the forced restore", () -> sys.sealStatus().sealed());
  }

  @Test
  @Order(7)
  void aWrongMountPathFailsTheNode() {
    clusters.apply("dev-bad", 1, DevLaneClusters.randomKey(), DevLaneClusterIT::moveTheTlsMount);

    clusters.awaitTrue(
        "dev-bad-0 crash-looping over its TLS file",
        () ->
            clusters
                .podStatus("dev-bad-0")
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
  @Order(8)
  void aKilledLeaderIsReplacedAndItsPodRejoins() {
    Pod leader = clusters.activePods("dev").get(0);
    String killed = leader.getMetadata().getName();

    kube.pods().inNamespace(NAMESPACE).withName(killed).withGracePeriod(0).delete();

    clusters.awaitTrue(
        "another pod active",
        () ->
            clusters.activePods("dev").stream()
                .map(pod -> pod.getMetadata().getName())
                .anyMatch(name -> !name.equals(killed)));
    List<Pod> pods = clusters.awaitReadyPods("dev", 3);
    assertThat(pods)
        .extracting(pod -> pod.getMetadata().getUid())
        .doesNotContain(leader.getMetadata().getUid());
    RaftClient raft = new RaftClient(clusters.connection("dev", clusters.activePods("dev").get(0)));
    clusters.awaitTrue(
        killed + " back as a raft voter",
        () ->
            raft.configuration(clusters.login("dev", "openbao-operator")).servers().stream()
                .anyMatch(server -> server.nodeId().equals(killed) && server.voter()));
    assertThat(
            new KvClient(clusters.connection("dev", clusters.activePods("dev").get(0)))
                .read(clusters.login("dev", DATA_ROLE), "secret", "lane/hello")
                .data())
        .isEqualTo(GREETING);
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

  private Optional<Map<String, Object>> readGreeting(KvClient kv) {
    try {
      return Optional.of(
          kv.read(clusters.login("dev-same", DATA_ROLE), "secret", "lane/hello").data());
    } catch (RuntimeException notYet) {
      return Optional.empty();
    }
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
}
