package org.baoflow.lane.sim.bao.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.baoflow.lane.sim.bao.http.NodeFixture.Node;
import org.baoflow.lane.sim.bao.http.NodeFixture.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LifecycleEndpointsTest {
  private final NodeFixture lane = new NodeFixture();

  @AfterEach
  void close() {
    lane.close();
  }

  private String init(Node node, String body) {
    Response response = lane.post(node, "sys/init", body);
    assertThat(response.status()).isEqualTo(200);
    return response.json().get("root_token").asText();
  }

  @Test
  void anUninitializedNodeAnswers501SealedAndNoLeader() {
    Node node = lane.start("bao-0");

    assertThat(lane.get(node, "sys/init").json().toString()).isEqualTo("{\"initialized\":false}");
    Response health = lane.get(node, "sys/health");
    assertThat(health.status()).isEqualTo(501);
    assertThat(health.raw().headers().firstValue("Cache-Control")).contains("no-store");
    JsonNode body = health.json();
    assertThat(body.get("initialized").asBoolean()).isFalse();
    assertThat(body.get("sealed").asBoolean()).isTrue();
    assertThat(body.get("standby").asBoolean()).isTrue();
    assertThat(body.get("replication_performance_mode").asText()).isEqualTo("disabled");
    assertThat(body.get("replication_dr_mode").asText()).isEqualTo("disabled");
    assertThat(body.has("cluster_name")).isFalse();
    assertThat(body.has("performance_standby")).isFalse();

    Response leader = lane.get(node, "sys/leader");
    assertThat(leader.status()).isEqualTo(503);
    assertThat(leader.json().toString()).isEqualTo("{\"errors\":[\"Vault is sealed\"]}");
  }

  @Test
  void autoUnsealInitRefusesBarrierSharesAndComesOutUnsealedAndActive() {
    Node node = lane.start("bao-0");

    Response refused = lane.post(node, "sys/init", "{\"secret_shares\":5,\"secret_threshold\":3}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").get(0).asText())
        .isEqualTo("parameters secret_shares,secret_threshold not applicable to seal type static");

    Response init = lane.post(node, "sys/init", "{\"recovery_shares\":0}");
    assertThat(init.status()).isEqualTo(200);
    assertThat(init.json().get("keys").isEmpty()).isTrue();
    assertThat(init.json().get("keys_base64").isEmpty()).isTrue();
    assertThat(init.json().has("recovery_keys")).isFalse();
    assertThat(init.json().get("root_token").asText()).startsWith("hvs.");

    assertThat(lane.get(node, "sys/health").status()).isEqualTo(200);
    JsonNode status = lane.get(node, "sys/seal-status").json();
    assertThat(status.get("type").asText()).isEqualTo("static");
    assertThat(status.get("sealed").asBoolean()).isFalse();
    assertThat(status.get("t").asInt()).isZero();
    assertThat(status.get("recovery_seal_type").asText()).isEqualTo("shamir");
    assertThat(status.get("cluster_name").asText()).startsWith("vault-cluster-");
    assertThat(status.has("commit_date")).isTrue();

    Response again = lane.post(node, "sys/init", "{}");
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().toString())
        .isEqualTo("{\"errors\":[\"Vault is already initialized\"]}");
  }

  @Test
  void healthHonoursEveryOverrideAndRejectsMalformedParameters() {
    Node node = lane.start("bao-0");
    assertThat(lane.get(node, "sys/health?uninitcode=299").status()).isEqualTo(299);
    String token = init(node, "{}");

    assertThat(
            lane.get(node, "sys/health?activecode=204&perfstandbyok=true&drsecondarycode=299")
                .status())
        .isEqualTo(204);
    Response head = lane.send(node, "HEAD", "sys/health?activecode=202", null);
    assertThat(head.status()).isEqualTo(202);
    assertThat(head.raw().body()).isEmpty();
    for (String bad :
        List.of("activecode=abc", "standbyok=maybe", "sealedcode=", "standbycode=1.5")) {
      Response response = lane.get(node, "sys/health?" + bad);
      assertThat(response.status()).as(bad).isEqualTo(400);
      assertThat(response.json().toString()).isEqualTo("{\"errors\":[]}");
    }

    assertThat(lane.post(node, "sys/seal", "", "X-Vault-Token", token).status()).isEqualTo(204);
    Response sealed = lane.get(node, "sys/health");
    assertThat(sealed.status()).isEqualTo(503);
    assertThat(sealed.json().get("standby").asBoolean()).isTrue();
    assertThat(lane.get(node, "sys/health?sealedcode=298").status()).isEqualTo(298);
  }

  @Test
  void sealedNodesAnswer503BeforeTheTokenIsChecked() {
    Node node = lane.start("bao-0");
    String token = init(node, "{}");

    Response anonymous = lane.post(node, "sys/step-down", "");
    assertThat(anonymous.status()).isEqualTo(403);
    assertThat(anonymous.json().toString()).isEqualTo("{\"errors\":[\"permission denied\"]}");
    assertThat(lane.post(node, "sys/step-down", "", "X-Vault-Token", "hvs.wrong").status())
        .isEqualTo(403);

    lane.post(node, "sys/seal", "", "Authorization", "Bearer " + token);
    Response sealed = lane.post(node, "sys/step-down", "");
    assertThat(sealed.status()).isEqualTo(503);
    assertThat(sealed.json().toString()).isEqualTo("{\"errors\":[\"Vault is sealed\"]}");
    assertThat(lane.get(node, "sys/storage/raft/configuration").status()).isEqualTo(503);
  }

  @Test
  void recoverySharesUnsealAManuallySealedNode() {
    Node node = lane.start("bao-0");
    JsonNode init =
        lane.post(node, "sys/init", "{\"recovery_shares\":3,\"recovery_threshold\":2}").json();
    List<String> keys = new ArrayList<>();
    init.get("recovery_keys").forEach(key -> keys.add(key.asText()));
    assertThat(keys).hasSize(3);
    assertThat(init.get("recovery_keys_base64")).hasSize(3);
    lane.post(node, "sys/seal", "", "X-Vault-Token", init.get("root_token").asText());

    assertThat(lane.post(node, "sys/unseal", "{}").json().get("errors").get(0).asText())
        .isEqualTo("'key' must be specified in request body as JSON, or 'reset' set to true");
    assertThat(lane.post(node, "sys/unseal", "{\"key\":\"%%%\"}").status()).isEqualTo(400);
    JsonNode first = lane.post(node, "sys/unseal", "{\"Key\":\"" + keys.get(0) + "\"}").json();
    assertThat(first.get("sealed").asBoolean()).isTrue();
    assertThat(first.get("progress").asInt()).isEqualTo(1);
    assertThat(first.get("t").asInt()).isEqualTo(2);
    JsonNode second = lane.post(node, "sys/unseal", "{\"key\":\"" + keys.get(2) + "\"}").json();
    assertThat(second.get("sealed").asBoolean()).isFalse();
    // Back in raft, the only voter stands for election once the election delay has passed.
    assertThat(lane.get(node, "sys/health").status()).isEqualTo(429);
    lane.clock.advance(NodeFixture.TIMING.electionDelay());
    assertThat(lane.get(node, "sys/health").status()).isEqualTo(200);

    Response reset = lane.post(node, "sys/unseal", "{\"reset\":true}");
    assertThat(reset.json().get("errors").get(0).asText()).isEqualTo("vault is unsealed");
  }

  @Test
  void aRestartedNodeKeepsItsStorageAndUnsealsItself() {
    Node node = lane.start("bao-0");
    init(node, "{}");
    lane.stop(node);

    Node restarted = lane.start("bao-0", node.storage());
    JsonNode health = lane.get(restarted, "sys/health").json();
    assertThat(health.get("initialized").asBoolean()).isTrue();
    assertThat(health.get("sealed").asBoolean()).isFalse();
    assertThat(health.get("standby").asBoolean()).isTrue();
    lane.clock.advance(NodeFixture.TIMING.electionDelay());
    assertThat(lane.get(restarted, "sys/health").status()).isEqualTo(200);
  }

  @Test
  void wrongMethodsUnknownPathsAndNamespacesAreRefusedAsOpenBaoDoes() {
    Node node = lane.start("bao-0");

    Response wrongMethod = lane.send(node, "DELETE", "sys/seal-status", null);
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.json().toString()).isEqualTo("{\"errors\":[]}");
    assertThat(lane.post(node, "sys/health", "{}").status()).isEqualTo(405);
    // Unknown paths are logical: a sealed node cannot route them, an unsealed one has no handler.
    assertThat(lane.get(node, "sys/nothing").status()).isEqualTo(503);
    String token = init(node, "{}");
    Response unknown = lane.get(node, "sys/nothing", "X-Vault-Token", token);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().toString()).isEqualTo("{\"errors\":[]}");
    assertThat(lane.get(node, "sys/nothing").status()).isEqualTo(403);

    Response namespaced = lane.post(node, "sys/init", "{}", "X-Vault-Namespace", "ns1/");
    assertThat(namespaced.status()).isEqualTo(400);
    assertThat(namespaced.json().toString())
        .isEqualTo("{\"errors\":[\"operation unavailable in namespaces\"]}");
    assertThat(namespaced.raw().headers().firstValue("X-Vault-Namespace")).contains("ns1/");
    assertThat(lane.get(node, "sys/health", "X-Vault-Namespace", "ns1/").status()).isEqualTo(400);
  }
}
