package org.baoflow.activities.openbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.baoflow.activities.lane.LaneClusterFixture;
import org.baoflow.workflows.activities.BaoActivities;
import org.baoflow.workflows.activities.BaoActivities.NodeRequest;
import org.baoflow.workflows.activities.BaoActivities.PeersRequest;
import org.baoflow.workflows.activities.BaoActivities.RaftMember;
import org.baoflow.workflows.activities.BaoActivities.RaftState;
import org.baoflow.workflows.activities.BaoActivities.VotersRequest;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Leadership and membership changes on a self-initializing cluster of three lane pods: a step-down
 * hands leadership over, a scale-down's pod leaves raft through {@code removePeers}, and a
 * step-down no other voter can take over from fails with a clear type instead of waiting forever.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class BaoActivitiesRaftChangesTest {
  private static final String NAME = "rc";
  private static final List<String> PODS = List.of("rc-0", "rc-1", "rc-2");

  private static BaoActivitiesLane environment;
  private static BaoActivities bao;
  private static ClusterSnapshot cluster;

  @BeforeAll
  static void startCluster() {
    cluster = LaneClusterFixture.snapshot(LaneClusterFixture.DEV_SAMPLE, NAME, 3);
    environment =
        BaoActivitiesLane.start(
            cluster,
            settings ->
                new BaoSettings(
                    settings.resolver(),
                    settings.tokens(),
                    settings.pollInterval(),
                    settings.client(),
                    Duration.ofSeconds(1)));
    bao = environment.activities();
  }

  @AfterAll
  static void stop() {
    if (environment != null) {
      environment.close();
    }
  }

  @Test
  @Order(1)
  void everyPodVotes() {
    assertThat(bao.awaitVoters(new VotersRequest(cluster, PODS)).servers()).hasSize(3);
  }

  @Test
  @Order(2)
  void stepDownHandsLeadershipToAnotherPod() {
    String leader = bao.raftState(cluster).leader();

    RaftState after = bao.stepDown(new NodeRequest(cluster, leader));

    assertThat(after.leader()).isIn(PODS).isNotEqualTo(leader);
    assertThat(bao.raftState(cluster).leader()).isNotEqualTo(leader);
  }

  @Test
  @Order(3)
  void removePeersDropsTheScaledDownPodFromRaftAndIsIdempotent() throws InterruptedException {
    KubernetesClient kube = environment.kube();
    String namespace = cluster.ref().namespace();
    kube.apps()
        .statefulSets()
        .inNamespace(namespace)
        .withName(NAME)
        .edit(
            statefulSet -> {
              statefulSet.getSpec().setReplicas(2);
              return statefulSet;
            });
    awaitPodGone(kube, namespace, "rc-2");

    RaftState removed = bao.removePeers(new PeersRequest(cluster, List.of("rc-2")));
    RaftState again = bao.removePeers(new PeersRequest(cluster, List.of("rc-2")));

    assertThat(removed.servers())
        .extracting(RaftMember::nodeId)
        .containsExactlyInAnyOrder("rc-0", "rc-1");
    assertThat(again.servers())
        .extracting(RaftMember::nodeId)
        .containsExactlyInAnyOrder("rc-0", "rc-1");
    assertThat(bao.awaitVoters(new VotersRequest(cluster, List.of("rc-0", "rc-1"))).servers())
        .hasSize(2);
  }

  @Test
  @Order(4)
  void aStepDownNoOtherVoterCanTakeOverFailsNamingThePod() {
    String leader = bao.raftState(cluster).leader();
    String follower = leader.equals("rc-0") ? "rc-1" : "rc-0";
    bao.removePeers(new PeersRequest(cluster, List.of(follower)));

    Throwable failure = catchThrowable(() -> bao.stepDown(new NodeRequest(cluster, leader)));

    assertThat(failure).isInstanceOf(ActivityFailure.class);
    ApplicationFailure cause = (ApplicationFailure) failure.getCause();
    assertThat(cause.getType()).isEqualTo(BaoActivitiesImpl.LEADERSHIP_NOT_HANDED_OVER);
    assertThat(cause.isNonRetryable()).isFalse();
    assertThat(cause.getOriginalMessage()).startsWith(leader + " still leads after 3 step-downs");
  }

  private static void awaitPodGone(KubernetesClient kube, String namespace, String pod)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (kube.pods().inNamespace(namespace).withName(pod).get() != null) {
      assertThat(System.nanoTime()).as("pod %s still there", pod).isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
