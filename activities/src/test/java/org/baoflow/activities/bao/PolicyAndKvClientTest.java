package org.baoflow.activities.bao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baoflow.activities.bao.BaoFixtures.TOKEN;
import static org.baoflow.activities.bao.BaoFixtures.TOKEN_VALUE;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ACL policies and KV v2 data. */
class PolicyAndKvClientTest {

  @RegisterExtension static final FakeBaoNode NODE = new FakeBaoNode();

  private final FakeBao server = NODE.server();
  private final PolicyClient policies = new PolicyClient(NODE.connection());
  private final KvClient kv = new KvClient(NODE.connection());

  @Test
  void writingAPolicySendsItsTextAndReturnsNoWarnings() throws Exception {
    server.reply("POST", "/v1/sys/policies/acl/baoflow-operator", 204, null);
    String hcl = "path \"sys/storage/raft/*\" {\n  capabilities = [\"read\"]\n}\n";

    assertThat(policies.write(TOKEN, "baoflow-operator", hcl)).isEmpty();

    RecordedRequest request = server.onlyRequest();
    assertThat(request.header("X-Vault-Token")).isEqualTo(TOKEN_VALUE);
    assertThat(BaoJson.MAPPER.readTree(request.body()).get("policy").asText()).isEqualTo(hcl);
  }

  @Test
  void aRenamedPolicyReturnsTheServersWarning() {
    server.replyWithResource(
        "POST", "/v1/sys/policies/acl/BaoFlow-Operator", 200, "policy-write-warning.json");

    assertThat(policies.write(TOKEN, "BaoFlow-Operator", "path \"x\" {}"))
        .containsExactly("policy name was converted to baoflow-operator");
  }

  @Test
  void readingAPolicy() {
    server.replyWithResource(
        "GET", "/v1/sys/policies/acl/baoflow-operator", 200, "policy-read.json");

    AclPolicy policy = policies.read(TOKEN, "baoflow-operator");

    assertThat(policy.name()).isEqualTo("baoflow-operator");
    assertThat(policy.policy()).contains("sys/storage/raft/*");
    assertThat(policy.version()).isEqualTo(2L);
    assertThat(policy.modified()).isEqualTo("2026-11-22T20:58:04.5Z");
    assertThat(policy.expiration()).isNull();
  }

  @Test
  void readingAnUnknownPolicyIsNotFound() {
    server.replyWithResource("GET", "/v1/sys/policies/acl/nobody", 404, "errors-empty.json");

    assertThatThrownBy(() -> policies.read(TOKEN, "nobody"))
        .isInstanceOf(BaoNotFoundException.class);
  }

  @Test
  void deletingAPolicy() {
    server.reply("DELETE", "/v1/sys/policies/acl/old", 204, null);

    policies.delete(TOKEN, "old");

    assertThat(server.onlyRequest().method()).isEqualTo("DELETE");
  }

  @Test
  void listingPoliciesAsksForAListAsARead() {
    server.replyWithResource("GET", "/v1/sys/policies/acl", 200, "policies-list.json");

    assertThat(policies.list(TOKEN)).containsExactly("baoflow-operator", "default", "root");
    assertThat(server.onlyRequest().query()).isEqualTo("list=true");
  }

  @Test
  void aPolicyNameCannotEscapeItsPath() {
    assertThatThrownBy(() -> policies.read(TOKEN, ".."))
        .isInstanceOf(IllegalArgumentException.class);
    server.replyWithResource("GET", "/v1/sys/policies/acl/a%2Fb", 404, "errors-empty.json");
    assertThatThrownBy(() -> policies.read(TOKEN, "a/b")).isInstanceOf(BaoNotFoundException.class);
    assertThat(server.onlyRequest().path()).isEqualTo("/v1/sys/policies/acl/a%2Fb");
  }

  @Test
  void kvWriteWrapsTheValuesInData() throws Exception {
    server.replyWithResource("POST", "/v1/secret/data/lane/greeting", 200, "kv-write.json");

    KvVersion version = kv.write(TOKEN, "secret", "lane/greeting", Map.of("greeting", "hello"));

    assertThat(BaoJson.MAPPER.readTree(server.onlyRequest().body()))
        .isEqualTo(BaoJson.MAPPER.readTree("{\"data\":{\"greeting\":\"hello\"}}"));
    assertThat(version.version()).isEqualTo(2L);
    assertThat(version.destroyed()).isFalse();
  }

  @Test
  void kvReadReturnsValuesAndVersion() {
    server.replyWithResource("GET", "/v1/secret/data/lane/greeting", 200, "kv-read.json");

    KvSecret secret = kv.read(TOKEN, "secret", "lane/greeting");

    assertThat(secret.data()).containsEntry("greeting", "hello").containsEntry("count", 3);
    assertThat(secret.metadata().version()).isEqualTo(2L);
    assertThat(secret.metadata().createdTime()).isEqualTo("2026-11-22T21:00:00.5Z");
    assertThat(secret.toString()).doesNotContain("hello");
  }

  @Test
  void kvReadOfAMissingSecretIsNotFound() {
    server.replyWithResource("GET", "/v1/secret/data/none", 404, "errors-empty.json");

    assertThatThrownBy(() -> kv.read(TOKEN, "secret", "none"))
        .isInstanceOf(BaoNotFoundException.class)
        .hasMessageContaining("GET /v1/secret/data/none answered 404");
  }
}
