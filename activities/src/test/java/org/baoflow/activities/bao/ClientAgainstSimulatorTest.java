package org.baoflow.activities.bao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client over TLS against the lane's simulated OpenBao ({@code SimNode} behind {@code
 * BaoServer}), the node presenting a certificate for its pod DNS name while listening on loopback.
 */
class ClientAgainstSimulatorTest {

  private final SimulatedCluster cluster = new SimulatedCluster();

  @AfterEach
  void close() {
    cluster.close();
  }

  private static BaoToken initialize(SysClient sys) {
    InitResponse init = sys.init(InitRequest.autoUnseal(0, 0));
    assertThat(init.keys()).isEmpty();
    assertThat(init.recoveryKeys()).isEmpty();
    assertThat(init.rootToken()).startsWith("hvs.");
    return init.token();
  }

  @Test
  void anUninitializedNodeInitializesUnsealedAndActive() {
    SimulatedCluster.Node node = cluster.start("dev-0");
    SysClient sys = new SysClient(cluster.connect(node));

    assertThat(sys.initialized()).isFalse();
    assertThat(sys.health(HealthQuery.defaults()).statusCode()).isEqualTo(501);
    assertThat(sys.healthStatus(HealthQuery.defaults())).isEqualTo(501);
    assertThat(sys.sealStatus().sealed()).isTrue();

    initialize(sys);

    assertThat(sys.initialized()).isTrue();
    SealStatus status = sys.sealStatus();
    assertThat(status.type()).isEqualTo("static");
    assertThat(status.sealed()).isFalse();
    assertThat(status.recoverySeal()).isTrue();
    assertThat(status.recoverySealType()).isEqualTo("shamir");
    assertThat(status.commitDate()).isNotBlank();
    assertThat(status.clusterName()).isNotBlank();
    HealthResult health = sys.health(HealthQuery.defaults());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body().standby()).isFalse();
    assertThat(health.body().replicationPerformanceMode()).isEqualTo("disabled");
    assertThat(health.body().clusterId()).isEqualTo(status.clusterId());
    assertThat(sys.healthStatus(HealthQuery.defaults())).isEqualTo(200);
    LeaderResponse leader = sys.leader();
    assertThat(leader.haEnabled()).isTrue();
    assertThat(leader.self()).isTrue();
    assertThat(leader.leaderAddress()).isEqualTo(node.apiAddress());
    assertThat(leader.activeTime()).isNotBlank();
  }

  @Test
  void aSecondInitIsRefusedWithTheServersMessage() {
    SysClient sys = new SysClient(cluster.connect(cluster.start("dev-0")));
    initialize(sys);

    assertThatThrownBy(() -> sys.init(InitRequest.autoUnseal(0, 0)))
        .isInstanceOfSatisfying(
            BaoBadRequestException.class,
            e -> assertThat(e.errors()).containsExactly("Vault is already initialized"));
    assertThatThrownBy(() -> sys.init(InitRequest.shamir(5, 3)))
        .isInstanceOf(BaoBadRequestException.class);
  }

  @Test
  void aJoinedNodeIsAStandbyInTheRaftConfiguration() {
    SimulatedCluster.Node first = cluster.start("dev-0");
    SimulatedCluster.Node second = cluster.start("dev-1");
    BaoToken root = initialize(new SysClient(cluster.connect(first)));

    RaftJoinResponse joined =
        new RaftClient(cluster.connect(second))
            .join(RaftJoinRequest.toLeader(first.apiAddress(), BaoFixtures.CA_PEM, false));

    assertThat(joined.joined()).isTrue();
    SysClient standby = new SysClient(cluster.connect(second));
    assertThat(standby.health(HealthQuery.defaults()).statusCode()).isEqualTo(429);
    assertThat(standby.health(HealthQuery.defaults()).body().standby()).isTrue();
    assertThat(standby.healthStatus(new HealthQuery(true, null, null, null, null))).isEqualTo(200);
    LeaderResponse leader = standby.leader();
    assertThat(leader.self()).isFalse();
    assertThat(leader.activeTime()).isNull();
    assertThat(leader.leaderAddress()).isEqualTo(first.apiAddress());

    RaftConfiguration configuration = new RaftClient(cluster.connect(first)).configuration(root);
    assertThat(configuration.servers())
        .extracting(RaftServer::nodeId)
        .containsExactlyInAnyOrder("dev-0", "dev-1");
    assertThat(configuration.servers())
        .allSatisfy(server -> assertThat(server.protocolVersion()).isEqualTo("3"));
    assertThat(configuration.servers())
        .filteredOn(RaftServer::leader)
        .extracting(RaftServer::nodeId)
        .containsExactly("dev-0");
  }

  @Test
  void aPermanentNonVoterIsPromotedDemotedAndRemoved() {
    SimulatedCluster.Node first = cluster.start("dev-0");
    SimulatedCluster.Node second = cluster.start("dev-1");
    BaoToken root = initialize(new SysClient(cluster.connect(first)));
    RaftClient raft = new RaftClient(cluster.connect(first));
    new RaftClient(cluster.connect(second))
        .join(RaftJoinRequest.toLeader(first.apiAddress(), BaoFixtures.CA_PEM, true));

    assertThat(voter(raft.configuration(root), "dev-1")).isFalse();
    raft.promote(root, "dev-1");
    assertThat(voter(raft.configuration(root), "dev-1")).isTrue();
    raft.demote(root, "dev-1");
    assertThat(voter(raft.configuration(root), "dev-1")).isFalse();
    assertThat(raft.autopilotState(root).nonVoters()).containsExactly("dev-1");

    raft.removePeer(root, "dev-1");

    assertThat(raft.configuration(root).servers())
        .extracting(RaftServer::nodeId)
        .containsExactly("dev-0");
    assertThatThrownBy(() -> raft.removePeer(root, ""))
        .isInstanceOfSatisfying(
            BaoBadRequestException.class,
            e -> assertThat(e.errors()).containsExactly("no server id provided"));
  }

  private static boolean voter(RaftConfiguration configuration, String nodeId) {
    return configuration.servers().stream()
        .filter(server -> server.nodeId().equals(nodeId))
        .findFirst()
        .orElseThrow()
        .voter();
  }

  @Test
  void autopilotStateAndConfigurationRoundTrip() {
    SimulatedCluster.Node node = cluster.start("dev-0");
    BaoToken root = initialize(new SysClient(cluster.connect(node)));
    RaftClient raft = new RaftClient(cluster.connect(node));

    AutopilotState state = raft.autopilotState(root);
    assertThat(state.leader()).isEqualTo("dev-0");
    assertThat(state.voters()).containsExactly("dev-0");
    assertThat(state.nonVoters()).isEmpty();
    assertThat(state.servers().get("dev-0").status()).isEqualTo("leader");
    assertThat(state.servers().get("dev-0").nodeStatus()).isEqualTo("alive");

    AutopilotConfiguration defaults = raft.autopilotConfiguration(root);
    assertThat(defaults.maxTrailingLogs()).isEqualTo(1000);
    assertThat(defaults.serverStabilizationTime()).isEqualTo("10s");
    raft.configureAutopilot(root, new AutopilotConfiguration(null, null, null, null, null, "30s"));
    AutopilotConfiguration updated = raft.autopilotConfiguration(root);
    assertThat(updated.serverStabilizationTime()).isEqualTo("30s");
    assertThat(updated.lastContactThreshold()).isEqualTo(defaults.lastContactThreshold());
  }

  @Test
  void stepDownNeedsATokenAndKeepsItOutOfErrors() {
    SimulatedCluster.Node node = cluster.start("dev-0");
    SysClient sys = new SysClient(cluster.connect(node));
    BaoToken root = initialize(sys);
    BaoToken wrong = BaoToken.of("hvs.NotTheRootTokenAtAll1234");

    assertThatThrownBy(() -> sys.stepDown(wrong))
        .isInstanceOfSatisfying(
            BaoPermissionDeniedException.class,
            e -> assertThat(e.errors()).containsExactly("permission denied"))
        .hasMessageNotContaining(wrong.reveal());
    sys.stepDown(root);
  }

  @Test
  void aSealedNodeAnswers503AndItsTypedException() {
    SimulatedCluster.Node node = cluster.start("dev-0");
    SysClient sys = new SysClient(cluster.connect(node));
    BaoToken root = initialize(sys);

    sys.seal(root);

    assertThat(sys.sealStatus().sealed()).isTrue();
    assertThat(sys.unseal(UnsealRequest.resetProgress()).progress()).isZero();
    assertThat(sys.health(HealthQuery.defaults()).statusCode()).isEqualTo(503);
    assertThat(sys.healthStatus(new HealthQuery(null, null, null, 299, null))).isEqualTo(299);
    assertThatThrownBy(sys::leader)
        .isInstanceOfSatisfying(
            BaoSealedException.class,
            e -> assertThat(e.errors()).containsExactly("Vault is sealed"));
    assertThatThrownBy(() -> new RaftClient(cluster.connect(node)).configuration(root))
        .isInstanceOf(BaoSealedException.class)
        .hasMessageNotContaining(root.reveal());
  }

  @Test
  void theNodeIsVerifiedByItsPodNameNotByTheLoopbackAddress() {
    SimulatedCluster.Node node = cluster.start("dev-0");
    SysClient impostor = new SysClient(cluster.connect(node, BaoFixtures.OTHER_POD));

    assertThatThrownBy(impostor::sealStatus)
        .isInstanceOf(BaoConnectionException.class)
        .hasCauseInstanceOf(SSLHandshakeException.class);
    assertThat(node.server().uri().getHost()).isEqualTo("127.0.0.1");
    assertThat(new SysClient(cluster.connect(node)).sealStatus().initialized()).isFalse();
  }
}
