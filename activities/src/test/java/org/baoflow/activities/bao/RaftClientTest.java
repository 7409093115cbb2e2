package org.baoflow.activities.bao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baoflow.activities.bao.BaoFixtures.TOKEN;
import static org.baoflow.activities.bao.BaoFixtures.TOKEN_VALUE;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Raft membership and autopilot against the reference's bodies. */
class RaftClientTest {

  @RegisterExtension static final FakeBaoNode NODE = new FakeBaoNode();

  private final FakeBao server = NODE.server();
  private final RaftClient raft = new RaftClient(NODE.connection());

  @Test
  void configurationListsVotersAndNonVoters() {
    server.replyWithResource(
        "GET", "/v1/sys/storage/raft/configuration", 200, "raft-configuration.json");

    RaftConfiguration configuration = raft.configuration(TOKEN);

    assertThat(configuration.index()).isZero();
    assertThat(configuration.servers())
        .extracting(RaftServer::nodeId)
        .containsExactly("dev-0", "dev-1", "dev-2");
    RaftServer leader = configuration.servers().get(0);
    assertThat(leader.leader()).isTrue();
    assertThat(leader.address()).isEqualTo("dev-0.dev.openbao.svc:8201");
    assertThat(leader.protocolVersion()).isEqualTo("3");
    assertThat(configuration.servers().get(2).voter()).isFalse();
    RecordedRequest request = server.onlyRequest();
    assertThat(request.header("X-Vault-Token")).isEqualTo(TOKEN_VALUE);
    assertThat(request.hasHeader("X-Vault-Namespace")).isFalse();
  }

  @Test
  void joinAsNonVoterIsUnauthenticatedAndSendsNonVoter() throws Exception {
    server.replyWithResource("POST", "/v1/sys/storage/raft/join", 200, "raft-join.json");

    RaftJoinResponse response =
        raft.join(
            RaftJoinRequest.toLeader(
                "https://dev-0.dev.openbao.svc:8200", "-----BEGIN CERTIFICATE-----", true));

    assertThat(response.joined()).isTrue();
    RecordedRequest request = server.onlyRequest();
    assertThat(request.hasHeader("X-Vault-Token")).isFalse();
    assertThat(BaoJson.MAPPER.readTree(request.body()))
        .isEqualTo(
            BaoJson.MAPPER.readTree(
                "{\"leader_api_addr\":\"https://dev-0.dev.openbao.svc:8200\","
                    + "\"leader_ca_cert\":\"-----BEGIN CERTIFICATE-----\",\"non_voter\":true}"));
  }

  @Test
  void aJoinOnAnUnsealedNodeKeepsTheServersMessage() {
    server.reply(
        "POST",
        "/v1/sys/storage/raft/join",
        500,
        "{\"errors\":[\"node must be sealed before joining\"]}");

    assertThatThrownBy(() -> raft.join(RaftJoinRequest.toLeader("https://x:8200", null, false)))
        .isInstanceOfSatisfying(
            BaoServerException.class,
            e -> assertThat(e.errors()).containsExactly("node must be sealed before joining"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"remove-peer", "promote", "demote"})
  void membershipChangesPostTheServerId(String endpoint) throws Exception {
    server.reply("POST", "/v1/sys/storage/raft/" + endpoint, 204, null);

    switch (endpoint) {
      case "remove-peer" -> raft.removePeer(TOKEN, "dev-2");
      case "promote" -> raft.promote(TOKEN, "dev-2");
      default -> raft.demote(TOKEN, "dev-2");
    }

    RecordedRequest request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/v1/sys/storage/raft/" + endpoint);
    assertThat(request.header("X-Vault-Token")).isEqualTo(TOKEN_VALUE);
    assertThat(BaoJson.MAPPER.readTree(request.body()))
        .isEqualTo(BaoJson.MAPPER.readTree("{\"server_id\":\"dev-2\"}"));
  }

  @Test
  void promotingAnUnknownServerIsAServerError() {
    server.reply(
        "POST", "/v1/sys/storage/raft/promote", 500, "{\"errors\":[\"unknown server id\"]}");

    assertThatThrownBy(() -> raft.promote(TOKEN, "nobody"))
        .isInstanceOf(BaoServerException.class)
        .hasMessageContaining("unknown server id")
        .hasMessageNotContaining(TOKEN_VALUE);
  }

  @Test
  void autopilotStateWithoutNonVotersReadsAnEmptyList() {
    server.replyWithResource(
        "GET", "/v1/sys/storage/raft/autopilot/state", 200, "autopilot-state.json");

    AutopilotState state = raft.autopilotState(TOKEN);

    assertThat(state.healthy()).isTrue();
    assertThat(state.failureTolerance()).isEqualTo(1);
    assertThat(state.leader()).isEqualTo("dev-0");
    assertThat(state.voters()).containsExactly("dev-0", "dev-1", "dev-2");
    assertThat(state.nonVoters()).isEmpty();
    AutopilotServer follower = state.servers().get("dev-1");
    assertThat(follower.status()).isEqualTo("voter");
    assertThat(follower.nodeStatus()).isEqualTo("alive");
    assertThat(follower.lastContact()).isEqualTo("516.4ms");
    assertThat(follower.lastIndex()).isEqualTo(118L);
    assertThat(follower.lastTerm()).isEqualTo(3L);
    assertThat(follower.nodeType()).isEqualTo("voter");
    assertThat(follower.stableSince()).isEqualTo("2026-11-22T20:58:13.5Z");
  }

  @Test
  void autopilotDisabledIsNotFound() {
    server.replyWithResource(
        "GET", "/v1/sys/storage/raft/autopilot/state", 404, "errors-empty.json");

    assertThatThrownBy(() -> raft.autopilotState(TOKEN))
        .isInstanceOfSatisfying(BaoNotFoundException.class, e -> assertThat(e.errors()).isEmpty());
  }

  @Test
  void autopilotConfigurationIsReadWithGoDurations() {
    server.replyWithResource(
        "GET", "/v1/sys/storage/raft/autopilot/configuration", 200, "autopilot-configuration.json");

    AutopilotConfiguration configuration = raft.autopilotConfiguration(TOKEN);

    assertThat(configuration)
        .isEqualTo(new AutopilotConfiguration(false, "10s", "24h0m0s", 1000, 0, "10s"));
  }

  @Test
  void autopilotConfigurationWritesOnlyTheGivenFields() throws Exception {
    server.reply("POST", "/v1/sys/storage/raft/autopilot/configuration", 204, null);

    raft.configureAutopilot(TOKEN, new AutopilotConfiguration(true, null, "5m", null, 3, "30s"));

    assertThat(BaoJson.MAPPER.readTree(server.onlyRequest().body()))
        .isEqualTo(
            BaoJson.MAPPER.readTree(
                "{\"cleanup_dead_servers\":true,\"dead_server_last_contact_threshold\":\"5m\","
                    + "\"min_quorum\":3,\"server_stabilization_time\":\"30s\"}"));
  }

  @Test
  void raftOnAnotherStorageIsABadRequest() {
    server.reply(
        "GET",
        "/v1/sys/storage/raft/configuration",
        400,
        "{\"errors\":[\"raft storage is not in use\"]}");

    assertThatThrownBy(() -> raft.configuration(TOKEN))
        .isInstanceOfSatisfying(
            BaoBadRequestException.class,
            e -> assertThat(e.errors()).containsExactly("raft storage is not in use"));
  }

  @Test
  void aJoinRequestHidesTheClientKey() {
    RaftJoinRequest request =
        new RaftJoinRequest(
            "https://dev-0:8200",
            null,
            "cert",
            "PRIVATE-KEY-PEM",
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(request.toString()).doesNotContain("PRIVATE-KEY-PEM");
  }
}
