package org.baoflow.activities.openbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.List;
import org.baoflow.activities.bao.AuthClient;
import org.baoflow.activities.bao.AutopilotConfiguration;
import org.baoflow.activities.bao.BaoConnection;
import org.baoflow.activities.bao.BaoPermissionDeniedException;
import org.baoflow.activities.bao.BaoToken;
import org.baoflow.activities.bao.RaftClient;
import org.baoflow.activities.bao.TokenLookup;
import org.baoflow.activities.lane.LaneClusterFixture;
import org.baoflow.api.v1alpha1.AutopilotSpec;
import org.baoflow.api.v1alpha1.ConfigurationSpec;
import org.baoflow.api.v1alpha1.RaftSpec;
import org.baoflow.workflows.activities.BaoActivities;
import org.baoflow.workflows.activities.BaoActivities.LoginCheck;
import org.baoflow.workflows.activities.BaoActivities.NodeRequest;
import org.baoflow.workflows.activities.BaoActivities.NodeState;
import org.baoflow.workflows.activities.BaoActivities.RaftMember;
import org.baoflow.workflows.activities.BaoActivities.RaftState;
import org.baoflow.workflows.activities.BaoActivities.VotersRequest;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The OpenBao activities on a self-initializing Development cluster of three lane pods: waits,
 * logins, raft state and autopilot. {@link BaoActivitiesRaftChangesTest} covers leadership and
 * membership changes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BaoActivitiesSelfInitTest {
  private static final String NAME = "si";
  private static final List<String> PODS = List.of("si-0", "si-1", "si-2");

  private static BaoActivitiesLane environment;
  private static BaoActivities bao;
  private static ClusterSnapshot cluster;

  @BeforeAll
  static void startCluster() {
    cluster = LaneClusterFixture.snapshot(LaneClusterFixture.DEV_SAMPLE, NAME, 3);
    environment = BaoActivitiesLane.start(cluster);
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
  void awaitApiAndAwaitActiveWaitForThePodThatInitializesItself() {
    NodeState api = bao.awaitApi(new NodeRequest(cluster, "si-0"));
    assertThat(api.pod()).isEqualTo("si-0");
    assertThat(environment.heartbeats())
        .anySatisfy(
            heartbeat ->
                assertThat(heartbeat).startsWith("waiting for the OpenBao API of pod si-0"));

    NodeState active = bao.awaitActive(new NodeRequest(cluster, "si-0"));

    assertThat(active).isEqualTo(new NodeState("si-0", true, false, true));
  }

  @Test
  @Order(2)
  void awaitVotersWaitsForEveryPodToVote() {
    RaftState state = bao.awaitVoters(new VotersRequest(cluster, PODS));

    assertThat(state.servers())
        .extracting(RaftMember::nodeId)
        .containsExactlyInAnyOrderElementsOf(PODS);
    assertThat(state.servers()).allSatisfy(member -> assertThat(member.voter()).isTrue());
    assertThat(state.servers()).allSatisfy(member -> assertThat(member.healthy()).isTrue());
    assertThat(state.leader()).isIn(PODS);
  }

  @Test
  @Order(3)
  void raftStateNamesTheLeaderAndEveryServer() {
    RaftState state = bao.raftState(cluster);

    assertThat(state.leader()).isIn(PODS);
    assertThat(state.servers())
        .extracting(RaftMember::nodeId)
        .containsExactlyInAnyOrderElementsOf(PODS);
  }

  @Test
  @Order(4)
  void theWorkerLogsInWithTheOperatorPolicy() {
    LoginCheck login = bao.verifyOperatorLogin(cluster);

    assertThat(login.role()).isEqualTo("openbao-operator");
    assertThat(login.policies()).contains("openbao-operator");
  }

  @Test
  @Order(5)
  void theDemoUserLogsInWithTheDemoPolicy() {
    LoginCheck login = bao.verifyDemoLogin(cluster);

    assertThat(login.role()).isEqualTo("demo");
    assertThat(login.policies()).contains("demo");
  }

  @Test
  @Order(6)
  void configureAutopilotAppliesTheSpecAndOpenBaoDefaultsForTheRest() {
    AutopilotSpec autopilot = new AutopilotSpec();
    autopilot.setCleanupDeadServers(true);
    autopilot.setDeadServerLastContactThreshold("10m");
    autopilot.setMaxTrailingLogs(500);
    RaftSpec raft = new RaftSpec();
    raft.setAutopilot(autopilot);
    ClusterSnapshot tuned = LaneClusterFixture.snapshot(LaneClusterFixture.DEV_SAMPLE, NAME, 3);
    ConfigurationSpec configuration = new ConfigurationSpec();
    configuration.setRaft(raft);
    tuned.spec().setConfiguration(configuration);

    bao.configureAutopilot(new ClusterSnapshot(cluster.ref(), cluster.generation(), tuned.spec()));

    AutopilotConfiguration applied = readAutopilot();
    assertThat(applied.cleanupDeadServers()).isTrue();
    assertThat(applied.deadServerLastContactThreshold()).isIn("10m", "10m0s");
    assertThat(applied.lastContactThreshold()).isEqualTo("10s");
    assertThat(applied.maxTrailingLogs()).isEqualTo(500);
    assertThat(applied.minQuorum()).isEqualTo(3);
  }

  @Test
  @Order(7)
  void initializeRefusesAClusterInitializedWithoutItsRootTokenSecret() {
    Throwable failure = catchThrowable(() -> bao.initialize(cluster));

    assertThat(failure).isInstanceOf(ActivityFailure.class);
    assertThat(failure.getCause()).isInstanceOf(ApplicationFailure.class);
    assertThat(((ApplicationFailure) failure.getCause()).getType())
        .isEqualTo(FailureTypes.INITIALIZED_ELSEWHERE);
    assertThat(((ApplicationFailure) failure.getCause()).isNonRetryable()).isTrue();
  }

  @Test
  @Order(8)
  void closingTheAccessRevokesTheTokensOfItsLogins() {
    List<BaoToken> tokens = new ArrayList<>();
    try (ClusterAccess access = access()) {
      BaoToken live = access.onAnyPod(access::operatorToken);
      tokens.add(live);
      TokenLookup lookup =
          access.onAnyPod(connection -> new AuthClient(connection).lookupSelf(() -> live));
      assertThat(lookup.policies()).contains("openbao-operator");
    }
    BaoToken token = tokens.get(0);

    try (ClusterAccess other = access()) {
      assertThatThrownBy(
              () ->
                  other.onAnyPod(connection -> new AuthClient(connection).lookupSelf(() -> token)))
          .isInstanceOf(BaoPermissionDeniedException.class);
    }
  }

  private static ClusterAccess access() {
    return ClusterAccess.of(
        environment.kube(), BaoActivitiesLane.settings(environment.kube()), cluster);
  }

  private static AutopilotConfiguration readAutopilot() {
    try (ClusterAccess access = access()) {
      return access.onAnyPod(
          (BaoConnection connection) ->
              new RaftClient(connection)
                  .autopilotConfiguration(access.operatorLogin(connection).token()));
    }
  }
}
