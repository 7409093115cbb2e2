package org.baoflow.lane.sim.bao.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.baoflow.lane.sim.bao.http.NodeFixture.Node;
import org.baoflow.lane.sim.bao.http.NodeFixture.Response;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.logical.Envelope;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogicalRoutingTest {
  private final List<BaoRequest> served = new ArrayList<>();
  private final NodeFixture lane = new NodeFixture(this::secretEngine);
  private final List<Node> nodes = new ArrayList<>();
  private String token;

  /** A one-mount KV engine at {@code secret/}, storing the JSON body under the mount's view. */
  private Optional<BaoResponse> secretEngine(BaoRequest request, LogicalStorage storage) {
    if (!request.path().startsWith("secret/")) {
      return Optional.empty();
    }
    served.add(request);
    LogicalStorage mount = storage.under("logical/secret/");
    String key = request.path().substring("secret/".length());
    try {
      if (request.operation() == Capability.UPDATE) {
        mount.put(key, Json.MAPPER.writeValueAsBytes(request.data()));
        return Optional.of(BaoResponse.noContent());
      }
      Optional<byte[]> value = mount.get(key);
      if (value.isEmpty()) {
        return Optional.of(BaoResponse.notFound());
      }
      return Optional.of(Envelope.data((ObjectNode) Json.MAPPER.readTree(value.get())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeEach
  void threeNodeCluster() {
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
  }

  @AfterEach
  void close() {
    lane.close();
  }

  @Test
  void theActiveNodeServesSecretMountsThroughTheBackendAfterTheAclCheck() {
    Node active = nodes.get(0);

    Response denied = lane.post(active, "secret/app", "{\"password\":\"p\"}");
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.json().toString()).isEqualTo("{\"errors\":[\"permission denied\"]}");
    assertThat(served).isEmpty();

    assertThat(
            lane.post(active, "secret/app", "{\"password\":\"p\"}", "X-Vault-Token", token)
                .status())
        .isEqualTo(204);
    Response read = lane.get(active, "secret/app", "X-Vault-Token", token);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("data").get("password").asText()).isEqualTo("p");
    assertThat(read.json().has("wrap_info")).isTrue();
    assertThat(lane.get(active, "other/app", "X-Vault-Token", token).status()).isEqualTo(404);
  }

  @Test
  void aStandbyForwardsLogicalRequestsToTheActiveNode() {
    Node standby = nodes.get(1);

    assertThat(
            lane.post(standby, "secret/app", "{\"user\":\"u\"}", "X-Vault-Token", token).status())
        .isEqualTo(204);

    Response read = lane.get(nodes.get(0), "secret/app", "X-Vault-Token", token);
    assertThat(read.json().get("data").get("user").asText()).isEqualTo("u");
    Response lookup = lane.get(nodes.get(2), "auth/token/lookup-self", "X-Vault-Token", token);
    assertThat(lookup.status()).isEqualTo(200);
    assertThat(lookup.json().get("data").get("policies").get(0).asText()).isEqualTo("root");
    assertThat(
            new LogicalRouter(nodes.get(2).sim())
                .handle(new BaoRequest(Capability.READ, "secret/app", token, null))
                .body()
                .get("data")
                .get("user")
                .asText())
        .isEqualTo("u");
  }

  @Test
  void aStandbyAskedNotToForwardRedirectsToTheActiveNode() {
    Response redirect =
        lane.get(
            nodes.get(1),
            "secret/app?version=2",
            "X-Vault-Token",
            token,
            "X-Vault-No-Request-Forwarding",
            "true");

    assertThat(redirect.status()).isEqualTo(307);
    assertThat(redirect.raw().headers().firstValue("Location"))
        .contains("https://bao-0.bao-internal:8200/v1/secret/app?version=2");
    assertThat(served).isEmpty();
  }

  @Test
  void withoutALeaderAStandbyAnswers503AndASealedNodeSaysSo() {
    Node sealed = nodes.get(2);
    Response sealNoToken = lane.post(sealed, "sys/seal", "");
    assertThat(sealNoToken.status()).isEqualTo(403);
    assertThat(lane.post(sealed, "sys/seal", "", "X-Vault-Token", token).status()).isEqualTo(204);
    Response sealedAnswer = lane.get(sealed, "secret/app", "X-Vault-Token", token);
    assertThat(sealedAnswer.status()).isEqualTo(503);
    assertThat(sealedAnswer.json().toString()).isEqualTo("{\"errors\":[\"Vault is sealed\"]}");

    lane.stop(nodes.get(0));
    Response leaderless = lane.get(nodes.get(1), "secret/app", "X-Vault-Token", token);
    assertThat(leaderless.status()).isEqualTo(503);
    assertThat(leaderless.json().toString())
        .isEqualTo("{\"errors\":[\"no active Vault instance found\"]}");
  }
}
