package org.baoflow.lane.sim.bao.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.baoflow.lane.sim.bao.http.NodeFixture.Node;
import org.baoflow.lane.sim.bao.http.NodeFixture.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A partitioned node keeps answering HTTP but is cut off from its raft peers. */
class PartitionTest {
  private final NodeFixture lane = new NodeFixture();
  private final List<Node> nodes = new ArrayList<>();
  private String token;

  @BeforeEach
  void threeVoters() {
    for (int i = 0; i < 3; i++) {
      nodes.add(lane.start("bao-" + i));
    }
    token = lane.post(nodes.get(0), "sys/init", "{}").json().get("root_token").asText();
    for (Node joining : nodes.subList(1, 3)) {
      lane.post(
          joining,
          "sys/storage/raft/join",
          "{\"leader_api_addr\":\"https://bao-0.bao-internal:8200\"}");
    }
    lane.clock.advance(NodeFixture.TIMING.autopilotStabilization());
  }

  @AfterEach
  void close() {
    lane.close();
  }

  @Test
  void aPartitionedLeaderIsReplacedAnswersAsAStandbyWithoutLeaderAndRejoinsAsFollower() {
    nodes.get(0).sim().partition();
    lane.clock.advance(NodeFixture.TIMING.electionDelay());

    assertThat(lane.get(nodes.get(1), "sys/health").status()).isEqualTo(200);
    Response partitioned = lane.get(nodes.get(0), "sys/health");
    assertThat(partitioned.status()).isEqualTo(429);
    assertThat(partitioned.json().get("standby").asBoolean()).isTrue();
    assertThat(partitioned.json().get("sealed").asBoolean()).isFalse();
    assertThat(lane.get(nodes.get(0), "sys/leader").json().has("leader_address")).isFalse();
    Response cutOff =
        lane.get(nodes.get(0), "sys/storage/raft/configuration", "X-Vault-Token", token);
    assertThat(cutOff.status()).isEqualTo(503);
    assertThat(cutOff.json().toString())
        .isEqualTo("{\"errors\":[\"no active Vault instance found\"]}");
    assertThat(alive(nodes.get(1), "bao-0")).isFalse();

    nodes.get(0).sim().heal();

    assertThat(lane.get(nodes.get(0), "sys/health").status()).isEqualTo(429);
    assertThat(lane.get(nodes.get(0), "sys/leader").json().get("leader_address").asText())
        .isEqualTo("https://bao-1.bao-internal:8200");
    assertThat(alive(nodes.get(1), "bao-0")).isTrue();
  }

  @Test
  void aNodeOfNoClusterCannotBePartitioned() {
    Node lone = lane.start("bao-9");
    assertThatThrownBy(() -> lone.sim().partition())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bao-9");
  }

  /** Whether {@code nodeId} is alive in the raft configuration as {@code viewer} reports it. */
  private boolean alive(Node viewer, String nodeId) {
    JsonNode servers =
        lane.get(viewer, "sys/storage/raft/autopilot/state", "X-Vault-Token", token)
            .json()
            .get("data")
            .get("servers");
    return servers.get(nodeId).get("healthy").asBoolean();
  }
}
