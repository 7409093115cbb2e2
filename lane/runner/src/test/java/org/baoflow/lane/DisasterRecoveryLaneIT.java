package org.baoflow.lane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.baoflow.activities.bao.BaoBadRequestException;
import org.baoflow.activities.bao.BaoToken;
import org.baoflow.activities.bao.KvClient;
import org.baoflow.activities.bao.RaftClient;
import org.baoflow.activities.bao.SnapshotSource;
import org.baoflow.activities.bao.SysClient;
import org.baoflow.lane.sim.bao.transit.TransitInfra;
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
 * The DR lane of the seed documents, without the operator: the rendered {@code dr-lane} samples run
 * as OpenBao cluster {@code bao} in two lane Kubernetes clusters, both sealed by one transit key on
 * an infrastructure OpenBao outside them (reached by name through each cluster's DNS, with its own
 * CA); a snapshot of the source restores into the target with the checked restore, and the source's
 * data is there. A target pod restarted while the transit server is down cannot start its seal and
 * comes back once the server does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DisasterRecoveryLaneIT {
  private static final Path SAMPLES = Path.of("../../deploy/samples/dr-lane");
  private static final String TRANSIT_HOST = "transit.dr-lane.internal";
  private static final String CLUSTER = "bao";
  private static final Map<String, Object> RECORD = Map.of("site", "recovered from the source");

  private Lane lane;
  private TransitInfra transit;
  private DevLaneClusters source;
  private DevLaneClusters target;
  private Path snapshot;
  private BaoToken sourceToken;

  @BeforeAll
  void startLaneAndTransit() {
    lane =
        Lane.builder().clusters("source", "target").openBao(SimulatedOpenBao.launchers()).start();
    transit = TransitInfra.start(TRANSIT_HOST);
    transit.createKey("transit", "openbao-dr-unseal");
    String token = transit.issueToken("transit", "openbao-dr-unseal");
    source = side("source", "source.yaml", token);
    target = side("target", "target.yaml", token);
  }

  /** One Kubernetes cluster of the pair: its DNS knows the transit host, its Secret the token. */
  private DevLaneClusters side(String laneCluster, String sample, String transitToken) {
    lane.dns(laneCluster).register(TRANSIT_HOST, TransitInfra.PORT, transit.socket());
    DevLaneClusters side = new DevLaneClusters(lane.client(laneCluster), SAMPLES.resolve(sample));
    side.kube()
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withNamespace(DevLaneClusters.NAMESPACE)
                .withName("transit-seal-credentials")
                .endMetadata()
                .addToStringData("BAO_TOKEN", transitToken)
                .addToStringData("ca.crt", transit.caPem())
                .build())
        .serverSideApply();
    return side;
  }

  @AfterAll
  void stop() {
    if (lane != null) {
      lane.close();
    }
    if (transit != null) {
      transit.close();
    }
  }

  @Test
  @Order(1)
  void bothClustersBootSealedByTheSharedTransitKey() {
    source.apply(CLUSTER, 1, null, UnaryOperator.identity());
    target.apply(CLUSTER, 1, null, UnaryOperator.identity());

    for (DevLaneClusters side : new DevLaneClusters[] {source, target}) {
      Pod pod = side.awaitReadyPods(CLUSTER, 1).get(0);
      assertThat(new SysClient(side.connection(CLUSTER, pod)).sealStatus().type())
          .isEqualTo("transit");
    }
  }

  @Test
  @Order(2)
  void theSourcesSnapshotRestoresIntoTheTargetWithItsData() throws IOException {
    Pod sourcePod = source.activePods(CLUSTER).get(0);
    sourceToken = source.login(CLUSTER, DevLaneClusters.DATA_ROLE);
    new KvClient(source.connection(CLUSTER, sourcePod))
        .write(sourceToken, "secret", "dr/record", RECORD);
    snapshot = Files.createTempFile("dr-lane", ".snap");
    try (InputStream in =
            new RaftClient(source.connection(CLUSTER, sourcePod))
                .snapshot(source.login(CLUSTER, "openbao-operator-backup"));
        OutputStream out = Files.newOutputStream(snapshot)) {
      in.transferTo(out);
    }

    Pod targetPod = target.activePods(CLUSTER).get(0);
    // The checked restore: the target's seal opens the source's sealed checksums.
    new RaftClient(target.connection(CLUSTER, targetPod))
        .restore(
            target.login(CLUSTER, "openbao-operator-restore"), SnapshotSource.ofFile(snapshot));

    KvClient targetKv = new KvClient(target.connection(CLUSTER, targetPod));
    target.awaitTrue(
        "the source's record on the target",
        () -> read(targetKv).filter(RECORD::equals).isPresent());
    assertThatThrownBy(() -> target.login(CLUSTER, DevLaneClusters.DATA_ROLE))
        .as("the restored JWT config trusts the source API server's CA only")
        .isInstanceOf(BaoBadRequestException.class)
        .hasMessageContaining("error fetching keys");
  }

  @Test
  @Order(3)
  void aTargetPodRestartedWhileTransitIsDownReturnsWhenItIsBack() {
    transit.refuseConnections();
    String pod = CLUSTER + "-0";
    target
        .kube()
        .pods()
        .inNamespace(DevLaneClusters.NAMESPACE)
        .withName(pod)
        .withGracePeriod(0)
        .delete();

    target.awaitTrue(
        pod + " failing to start its seal",
        () ->
            target
                .podStatus(pod)
                .map(ContainerStatus::getLastState)
                .map(ContainerState::getTerminated)
                .filter(terminated -> String.valueOf(terminated.getMessage()).contains("refused"))
                .isPresent());
    transit.restore();

    Pod back = target.awaitReadyPods(CLUSTER, 1).get(0);
    assertThat(
            new KvClient(target.connection(CLUSTER, back))
                .read(sourceToken, "secret", "dr/record")
                .data())
        .isEqualTo(RECORD);
  }

  private Optional<Map<String, Object>> read(KvClient kv) {
    try {
      return Optional.of(kv.read(sourceToken, "secret", "dr/record").data());
    } catch (RuntimeException notYet) {
      return Optional.empty();
    }
  }
}
