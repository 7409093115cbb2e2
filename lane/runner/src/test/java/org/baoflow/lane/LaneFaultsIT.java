package org.baoflow.lane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Pod;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.baoflow.activities.bao.AutopilotState;
import org.baoflow.activities.bao.BaoClientSettings;
import org.baoflow.activities.bao.BaoConnectionException;
import org.baoflow.activities.bao.BaoServerException;
import org.baoflow.activities.bao.BaoToken;
import org.baoflow.activities.bao.HealthQuery;
import org.baoflow.activities.bao.HealthResult;
import org.baoflow.activities.bao.LeaderResponse;
import org.baoflow.activities.bao.RaftClient;
import org.baoflow.activities.bao.SysClient;
import org.baoflow.lane.sim.bao.faults.BaoFaultTarget;
import org.baoflow.lane.sim.bao.faults.BaoFaults;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.lane.sim.harness.LaneFaults;
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
 * The lane's faults on a three-node cluster booted from the rendered Development sample: a
 * partitioned leader is replaced by the majority and answers as a standby until healed, when it
 * rejoins as a follower; failing and hanging endpoints reach our client as typed errors or are
 * retried; a killed leader is replaced and its pod returns. The steps run in order on one lane.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class LaneFaultsIT {
  private static final String CLUSTER = "chaos";
  private static final String NAMESPACE = DevLaneClusters.NAMESPACE;

  /** Short enough for a hung request to time out quickly, with reads retried twice. */
  private static final BaoClientSettings IMPATIENT =
      new BaoClientSettings(
          Duration.ofSeconds(2),
          Duration.ofMillis(500),
          Duration.ofSeconds(5),
          3,
          Duration.ofMillis(50));

  private Lane lane;
  private LaneFaults faults;
  private DevLaneClusters clusters;
  private BaoToken operator;

  @BeforeAll
  void startLaneWithACluster() {
    lane = Lane.builder().openBao(SimulatedOpenBao.launchers()).start();
    faults = lane.faults();
    clusters = new DevLaneClusters(lane);
    clusters.apply(CLUSTER, 3, DevLaneClusters.randomKey(), UnaryOperator.identity());
    clusters.awaitReadyPods(CLUSTER, 3);
    clusters.awaitTrue("one active pod", () -> clusters.activePods(CLUSTER).size() == 1);
    // Logged in before any partition: a partitioned node cannot forward a login to the leader.
    operator = clusters.login(CLUSTER, "openbao-operator");
  }

  @AfterAll
  void stopLane() {
    if (lane != null) {
      lane.close();
    }
  }

  @Test
  @Order(1)
  void aPartitionedLeaderIsReplacedAnswersAsStandbyAndRejoinsAsFollowerWhenHealed() {
    String partitioned = activePod();

    faults.partition(Lane.DEFAULT_CLUSTER, NAMESPACE, partitioned);

    String leader = awaitActivePodOtherThan(partitioned);
    SysClient partitionedSys = sys(partitioned, BaoClientSettings.defaults());
    HealthResult health = partitionedSys.health(HealthQuery.defaults());
    assertThat(health.statusCode()).isEqualTo(429);
    assertThat(health.body().standby()).isTrue();
    assertThat(health.body().sealed()).isFalse();
    assertThat(partitionedSys.leader().leaderAddress()).isNull();
    assertThat(serverHealthy(leader, partitioned)).isFalse();

    faults.heal(Lane.DEFAULT_CLUSTER, NAMESPACE, partitioned);

    clusters.awaitTrue("the healed node healthy again", () -> serverHealthy(leader, partitioned));
    LeaderResponse seenByHealed = partitionedSys.leader();
    assertThat(seenByHealed.self()).isFalse();
    assertThat(seenByHealed.leaderAddress()).contains(leader);
    assertThat(partitionedSys.health(HealthQuery.defaults()).statusCode()).isEqualTo(429);
    assertThat(activePod()).isEqualTo(leader);
  }

  @Test
  @Order(2)
  void aFailingHealthEndpointReachesOurClientAsTheTypedErrorUntilTheFaultsAreUsedUp() {
    String pod = standbyPod();
    BaoFaults openBao = faults.openBao();
    long before = openBao.injectedCount();
    openBao.failNext(3, BaoFaultTarget.node(pod, "sys/health"), 500, "injected by the lane");
    SysClient sys = sys(pod, BaoClientSettings.defaults());

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> sys.health(HealthQuery.defaults()))
          .isInstanceOfSatisfying(
              BaoServerException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(500);
                assertThat(e.errors()).containsExactly("injected by the lane");
              });
    }

    assertThat(sys.health(HealthQuery.defaults()).statusCode()).isEqualTo(429);
    assertThat(openBao.injectedCount() - before).isEqualTo(3);
    assertThat(openBao.pending()).isFalse();
  }

  @Test
  @Order(3)
  void aHungEndpointIsRetriedByOurClientAndSurfacesWhenItNeverAnswers() {
    String pod = standbyPod();
    BaoFaults openBao = faults.openBao();
    SysClient sys = sys(pod, IMPATIENT);

    openBao.hangNext(1, BaoFaultTarget.node(pod, "sys/seal-status"), Duration.ofSeconds(5));
    assertThat(sys.sealStatus().sealed()).isFalse();
    assertThat(openBao.pending()).isFalse();

    openBao.hangUntilCleared(BaoFaultTarget.node(pod, "sys/seal-status"), Duration.ofSeconds(5));
    try {
      assertThatThrownBy(sys::sealStatus)
          .isInstanceOf(BaoConnectionException.class)
          .hasMessageContaining("3 attempts");
    } finally {
      openBao.clear();
    }
    assertThat(sys.sealStatus().sealed()).isFalse();
  }

  @Test
  @Order(4)
  void aKilledLeaderIsReplacedAndItsPodReturnsAsAVoter() {
    Pod before = clusters.activePods(CLUSTER).stream().findFirst().orElseThrow(AssertionError::new);

    String killed = faults.killLeader(Lane.DEFAULT_CLUSTER, NAMESPACE, CLUSTER);

    assertThat(killed).isEqualTo(before.getMetadata().getName());
    awaitActivePodOtherThan(killed);
    List<Pod> pods = clusters.awaitReadyPods(CLUSTER, 3);
    assertThat(pods)
        .extracting(pod -> pod.getMetadata().getUid())
        .doesNotContain(before.getMetadata().getUid());
    RaftClient raft = new RaftClient(clusters.connection(CLUSTER, activePod(), defaults()));
    clusters.awaitTrue(
        killed + " back as a healthy voter",
        () -> {
          AutopilotState state = raft.autopilotState(operator);
          return state.voters().contains(killed) && state.servers().get(killed).healthy();
        });
  }

  /** Waits until one pod other than {@code previous} is labelled active, and returns its name. */
  private String awaitActivePodOtherThan(String previous) {
    String[] active = {""};
    clusters.awaitTrue(
        "a pod other than " + previous + " active",
        () -> {
          active[0] = activePod();
          return !active[0].isEmpty() && !active[0].equals(previous);
        });
    return active[0];
  }

  /** The name of the one pod labelled active, or empty while there is none or several. */
  private String activePod() {
    List<Pod> active = clusters.activePods(CLUSTER);
    return active.size() == 1 ? active.get(0).getMetadata().getName() : "";
  }

  private String standbyPod() {
    return clusters.readyPods(CLUSTER).stream()
        .filter(pod -> !DevLaneClusters.active(pod))
        .map(pod -> pod.getMetadata().getName())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no standby pod of " + CLUSTER));
  }

  private SysClient sys(String pod, BaoClientSettings settings) {
    return new SysClient(clusters.connection(CLUSTER, pod, settings));
  }

  private static BaoClientSettings defaults() {
    return BaoClientSettings.defaults();
  }

  /** Whether {@code nodeId} is healthy in the autopilot state the leader {@code leader} reports. */
  private boolean serverHealthy(String leader, String nodeId) {
    AutopilotState state =
        new RaftClient(clusters.connection(CLUSTER, leader, defaults())).autopilotState(operator);
    return state.servers().containsKey(nodeId) && state.servers().get(nodeId).healthy();
  }
}
