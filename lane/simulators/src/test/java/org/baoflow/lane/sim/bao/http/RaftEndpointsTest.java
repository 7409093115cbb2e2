package org.baoflow.lane.sim.bao.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.baoflow.lane.sim.bao.http.NodeFixture.Node;
import org.baoflow.lane.sim.bao.http.NodeFixture.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RaftEndpointsTest {
  private final NodeFixture lane = new NodeFixture();
  private final List<Node> nodes = new ArrayList<>();
  private String token;

  @BeforeEach
  void threeNodeCluster() {
    for (int i = 0; i < 3; i++) {
      nodes.add(lane.start("bao-" + i));
    }
    token = lane.post(nodes.get(0), "sys/init", "{}").json().get("root_token").asText();
    for (Node joining : nodes.subList(1, 3)) {
      Response joined = lane.post(joining, "sys/storage/raft/join", join(false));
      assertThat(joined.json().toString()).isEqualTo("{\"joined\":true}");
    }
  }

  @AfterEach
  void close() {
    lane.close();
  }

  private static String join(boolean nonVoter) {
    return "{\"leader_api_addr\":\"https://bao-0.bao-internal:8200\",\"non_voter\":"
        + nonVoter
        + "}";
  }

  private Response get(int node, String path) {
    return lane.get(nodes.get(node), path, "X-Vault-Token", token);
  }

  private Response post(int node, String path, String body) {
    return lane.post(nodes.get(node), path, body, "X-Vault-Token", token);
  }

  private JsonNode servers(int node) {
    return get(node, "sys/storage/raft/configuration")
        .json()
        .get("data")
        .get("config")
        .get("servers");
  }

  @Test
  void joinedNodesAreUnsealedStandbysAndBecomeVotersAfterStabilization() {
    assertThat(lane.get(nodes.get(1), "sys/health").status()).isEqualTo(429);
    assertThat(lane.get(nodes.get(1), "sys/health?standbyok=true").status()).isEqualTo(200);
    JsonNode standbyHealth = lane.get(nodes.get(1), "sys/health").json();
    assertThat(standbyHealth.get("standby").asBoolean()).isTrue();
    assertThat(standbyHealth.get("replication_performance_mode").asText()).isEqualTo("disabled");
    assertThat(servers(1).get(1).get("voter").asBoolean()).isFalse();

    lane.clock.advance(NodeFixture.TIMING.autopilotStabilization());
    Response configuration = get(1, "sys/storage/raft/configuration");
    assertThat(configuration.json().get("wrap_info").isNull()).isTrue();
    assertThat(configuration.json().get("auth").isNull()).isTrue();
    JsonNode first = configuration.json().get("data").get("config").get("servers").get(0);
    assertThat(first.toString())
        .isEqualTo(
            "{\"node_id\":\"bao-0\",\"address\":\"bao-0.bao-internal:8201\",\"leader\":true,"
                + "\"protocol_version\":\"3\",\"voter\":true}");
    assertThat(servers(0))
        .allSatisfy(server -> assertThat(server.get("voter").asBoolean()).isTrue());

    Response again = lane.post(nodes.get(1), "sys/storage/raft/join", join(false));
    assertThat(again.json().get("joined").asBoolean()).isTrue();
    assertThat(servers(0)).hasSize(3);
  }

  @Test
  void leaderShowsItselfOnTheActiveNodeAndTheLeaderAddressOnStandbys() {
    JsonNode active = lane.get(nodes.get(0), "sys/leader").json();
    assertThat(active.get("ha_enabled").asBoolean()).isTrue();
    assertThat(active.get("is_self").asBoolean()).isTrue();
    assertThat(active.get("active_time").asText()).isEqualTo("2026-11-22T10:00:00Z");
    assertThat(active.get("raft_committed_index").asLong()).isPositive();

    JsonNode standby = lane.get(nodes.get(2), "sys/leader").json();
    assertThat(standby.has("is_self")).isFalse();
    assertThat(standby.has("active_time")).isFalse();
    assertThat(standby.get("leader_address").asText()).isEqualTo("https://bao-0.bao-internal:8200");
    assertThat(standby.get("leader_cluster_address").asText())
        .isEqualTo("https://bao-0.bao-internal:8201");
  }

  @Test
  void losingTheLeaderElectsAnotherAndLosingTheMajorityLeavesNoActiveNode() {
    lane.clock.advance(NodeFixture.TIMING.autopilotStabilization());
    lane.stop(nodes.get(0));
    assertThat(lane.get(nodes.get(1), "sys/leader").json().has("leader_address")).isFalse();
    lane.clock.advance(NodeFixture.TIMING.electionDelay());

    assertThat(lane.get(nodes.get(1), "sys/health").status()).isEqualTo(200);
    assertThat(lane.get(nodes.get(2), "sys/leader").json().get("leader_address").asText())
        .isEqualTo("https://bao-1.bao-internal:8200");

    lane.stop(nodes.get(1));
    lane.clock.advance(NodeFixture.TIMING.electionDelay());
    assertThat(lane.get(nodes.get(2), "sys/health").status()).isEqualTo(429);
    Response noLeader = get(2, "sys/storage/raft/configuration");
    assertThat(noLeader.status()).isEqualTo(503);
    assertThat(noLeader.json().toString())
        .isEqualTo("{\"errors\":[\"no active Vault instance found\"]}");

    Node returned = lane.start("bao-0", nodes.get(0).storage());
    lane.clock.advance(NodeFixture.TIMING.electionDelay());
    assertThat(lane.get(returned, "sys/leader").json().has("leader_address")).isTrue();
  }

  @Test
  void aNonVoterJoinsPermanentlyAndIsPromotedAndDemotedByHand() {
    Node reader = lane.start("bao-3");
    lane.post(reader, "sys/storage/raft/join", join(true));
    lane.clock.advance(NodeFixture.TIMING.autopilotStabilization().multipliedBy(3));
    assertThat(servers(0).get(3).get("voter").asBoolean()).isFalse();

    JsonNode state = get(0, "sys/storage/raft/autopilot/state").json().get("data");
    assertThat(state.get("non_voters").toString()).isEqualTo("[\"bao-3\"]");
    assertThat(state.get("servers").get("bao-3").get("status").asText()).isEqualTo("non-voter");

    assertThat(post(1, "sys/storage/raft/promote", "{\"server_id\":\"bao-3\"}").status())
        .isEqualTo(204);
    assertThat(servers(0).get(3).get("voter").asBoolean()).isTrue();
    assertThat(post(0, "sys/storage/raft/demote", "{\"server_id\":\"bao-3\"}").status())
        .isEqualTo(204);
    assertThat(servers(0).get(3).get("voter").asBoolean()).isFalse();

    assertThat(post(0, "sys/storage/raft/promote", "{\"server_id\":\"nobody\"}").status())
        .isEqualTo(500);
    Response noId = post(0, "sys/storage/raft/demote", "{}");
    assertThat(noId.status()).isEqualTo(400);
    assertThat(noId.json().get("errors").get(0).asText()).isEqualTo("no server id provided");
  }

  @Test
  void removePeerDropsTheServerAndNeedsAToken() {
    assertThat(
            lane.post(nodes.get(0), "sys/storage/raft/remove-peer", "{\"server_id\":\"bao-2\"}")
                .status())
        .isEqualTo(403);
    assertThat(post(1, "sys/storage/raft/remove-peer", "{\"server_id\":\"bao-2\"}").status())
        .isEqualTo(204);
    assertThat(servers(0)).hasSize(2);
    assertThat(post(0, "sys/storage/raft/remove-peer", "{\"server_id\":\"nobody\"}").status())
        .isEqualTo(204);
    assertThat(post(0, "sys/storage/raft/remove-peer", "{}").status()).isEqualTo(400);
  }

  @Test
  void autopilotStateOmitsEmptyNonVotersAndDescribesEveryServer() {
    lane.clock.advance(NodeFixture.TIMING.autopilotStabilization());
    Response response = get(2, "sys/storage/raft/autopilot/state");
    assertThat(response.status()).isEqualTo(200);
    JsonNode state = response.json().get("data");
    assertThat(state.has("non_voters")).isFalse();
    assertThat(state.get("healthy").asBoolean()).isTrue();
    assertThat(state.get("failure_tolerance").asInt()).isEqualTo(1);
    assertThat(state.get("leader").asText()).isEqualTo("bao-0");
    assertThat(state.get("voters").toString()).isEqualTo("[\"bao-0\",\"bao-1\",\"bao-2\"]");
    JsonNode follower = state.get("servers").get("bao-1");
    List<String> fields = new ArrayList<>();
    follower.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly(
            "id",
            "name",
            "address",
            "node_status",
            "last_contact",
            "last_term",
            "last_index",
            "healthy",
            "stable_since",
            "status",
            "version",
            "node_type");
    assertThat(follower.get("status").asText()).isEqualTo("voter");
    assertThat(follower.get("node_status").asText()).isEqualTo("alive");
    assertThat(state.get("servers").get("bao-0").get("status").asText()).isEqualTo("leader");

    lane.stop(nodes.get(2));
    JsonNode degraded = get(0, "sys/storage/raft/autopilot/state").json().get("data");
    assertThat(degraded.get("healthy").asBoolean()).isFalse();
    assertThat(degraded.get("failure_tolerance").asInt()).isZero();
  }

  @Test
  void autopilotConfigurationReadsDefaultsAndValidatesUpdates() {
    JsonNode defaults = get(1, "sys/storage/raft/autopilot/configuration").json().get("data");
    assertThat(defaults.get("dead_server_last_contact_threshold").asText()).isEqualTo("24h0m0s");
    Response refused =
        post(0, "sys/storage/raft/autopilot/configuration", "{\"cleanup_dead_servers\":true}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(
            post(
                    0,
                    "sys/storage/raft/autopilot/configuration",
                    "{\"cleanup_dead_servers\":true,\"min_quorum\":3}")
                .status())
        .isEqualTo(204);
    JsonNode updated = get(2, "sys/storage/raft/autopilot/configuration").json().get("data");
    assertThat(updated.get("min_quorum").asInt()).isEqualTo(3);
    assertThat(updated.get("cleanup_dead_servers").asBoolean()).isTrue();
  }

  @Test
  void stepDownMovesLeadershipAndTheOldLeaderWaitsOutTheHold() {
    lane.clock.advance(NodeFixture.TIMING.autopilotStabilization());
    assertThat(post(2, "sys/step-down", "").status()).isEqualTo(204);
    lane.clock.advance(NodeFixture.TIMING.electionDelay());
    assertThat(lane.get(nodes.get(1), "sys/health").status()).isEqualTo(200);
    assertThat(lane.get(nodes.get(0), "sys/health").status()).isEqualTo(429);

    assertThat(post(1, "sys/step-down", "").status()).isEqualTo(204);
    lane.clock.advance(NodeFixture.TIMING.electionDelay());
    // bao-0 is still held out, so bao-2 takes over.
    assertThat(lane.get(nodes.get(2), "sys/health").status()).isEqualTo(200);
  }
}
