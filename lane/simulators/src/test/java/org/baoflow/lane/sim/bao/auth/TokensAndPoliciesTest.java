package org.baoflow.lane.sim.bao.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.junit.jupiter.api.Test;

class TokensAndPoliciesTest {

  private final AuthFixture lane = new AuthFixture();

  @Test
  void rootTokenLookupSelfHasTheDocumentedShape() {
    BaoResponse response = lane.root(Capability.READ, "auth/token/lookup-self", null);
    assertThat(response.status()).isEqualTo(200);
    JsonNode data = response.body().path("data");
    assertThat(data.path("id").asText()).isEqualTo(lane.rootToken).startsWith("hvs.");
    assertThat(data.path("policies").toString()).isEqualTo("[\"root\"]");
    assertThat(data.path("path").asText()).isEqualTo("auth/token/root");
    assertThat(data.path("ttl").asLong()).isZero();
    assertThat(data.path("expire_time").isNull()).isTrue();
    assertThat(data.path("meta").isNull()).isTrue();
    assertThat(data.path("type").asText()).isEqualTo("service");
    assertThat(data.path("creation_time").asLong()).isEqualTo(AuthFixture.START.getEpochSecond());
    assertThat(response.body().has("auth")).isTrue();
    assertThat(response.body().path("auth").isNull()).isTrue();
  }

  @Test
  void expiringTokenLookupSelfCountsDownAndThenIsDenied() {
    TokenEntry token =
        lane.auth
            .tokens()
            .create(
                List.of("default"),
                "auth/userpass/login",
                "userpass-demo",
                Map.of("username", "demo"),
                "e1",
                Duration.ofHours(1));
    lane.clock.advance(Duration.ofMinutes(10));
    JsonNode data =
        lane.call(Capability.READ, "auth/token/lookup-self", token.id(), null).body().path("data");
    assertThat(data.path("ttl").asLong()).isEqualTo(3000);
    assertThat(data.path("creation_ttl").asLong()).isEqualTo(3600);
    assertThat(data.path("expire_time").asText()).isEqualTo("2026-11-22T22:00:00Z");
    assertThat(data.path("meta").toString()).isEqualTo("{\"username\":\"demo\"}");
    lane.clock.advance(Duration.ofMinutes(50));
    BaoResponse expired = lane.call(Capability.READ, "auth/token/lookup-self", token.id(), null);
    assertThat(expired.status()).isEqualTo(403);
    assertThat(AuthFixture.errors(expired)).isEqualTo("[\"permission denied\"]");
  }

  @Test
  void unknownOrMissingTokensAreDenied() {
    assertThat(lane.call(Capability.READ, "auth/token/lookup-self", "hvs.unknown", null).status())
        .isEqualTo(403);
    assertThat(lane.call(Capability.READ, "auth/token/lookup-self", null, null).status())
        .isEqualTo(403);
    assertThat(lane.auth.authorize(null, Capability.READ, "sys/health")).isPresent();
  }

  @Test
  void revokeSelfEndsTheToken() {
    assertThat(lane.root(Capability.UPDATE, "auth/token/revoke-self", null).status())
        .isEqualTo(204);
    assertThat(lane.root(Capability.READ, "auth/token/lookup-self", null).status()).isEqualTo(403);
  }

  @Test
  void policyWritesAreValidated() {
    assertThat(AuthFixture.errors(lane.root(Capability.UPDATE, "sys/policies/acl/p", "{}")))
        .isEqualTo("[\"'policy' parameter not supplied or empty\"]");
    BaoResponse broken =
        lane.root(
            Capability.UPDATE,
            "sys/policies/acl/p",
            "{\"policy\":\"path \\\"a\\\" { capabilities = [\\\"read\\\"] \"}");
    assertThat(broken.status()).isEqualTo(400);
    assertThat(AuthFixture.errors(broken)).startsWith("[\"failed to parse policy: ");
    assertThat(
            AuthFixture.errors(
                lane.root(
                    Capability.UPDATE,
                    "sys/policies/acl/root",
                    "{\"policy\":\"path \\\"a\\\" { capabilities = [\\\"read\\\"] }\"}")))
        .isEqualTo("[\"cannot update \\\"root\\\" policy\"]");
  }

  @Test
  void eachPolicyWriteBumpsItsVersionAndStampsModified() {
    String policy = "{\"policy\":\"path \\\"a/*\\\" { capabilities = [\\\"read\\\"] }\"}";
    lane.write("sys/policies/acl/app", policy);
    lane.clock.advance(java.time.Duration.ofMinutes(5));
    lane.write("sys/policies/acl/app", policy);

    JsonNode data = lane.root(Capability.READ, "sys/policies/acl/app", null).body().path("data");
    assertThat(data.path("version").asLong()).isEqualTo(2);
    assertThat(data.path("modified").asText())
        .isEqualTo(AuthFixture.START.plus(java.time.Duration.ofMinutes(5)).toString());
    JsonNode builtIn =
        lane.root(Capability.READ, "sys/policies/acl/default", null).body().path("data");
    assertThat(builtIn.has("modified")).as("never written: no modified").isFalse();
    lane.auth.policies().storeDefault();
    assertThat(
            lane.root(Capability.READ, "sys/policies/acl/default", null)
                .body()
                .path("data")
                .path("version")
                .asLong())
        .isEqualTo(1);
  }

  @Test
  void policiesAreWrittenReadListedAndDeleted() {
    String text = "path \"secret/*\" { capabilities = [\"read\"] }\n";
    lane.write("sys/policies/acl/app", "{\"policy\":" + AuthFixture.MAPPER.valueToTree(text) + "}");
    JsonNode read = lane.root(Capability.READ, "sys/policies/acl/app", null).body();
    assertThat(read.path("data").path("name").asText()).isEqualTo("app");
    assertThat(read.path("data").path("policy").asText()).isEqualTo(text);
    assertThat(read.has("name")).as("no top-level copy on sys/policies/acl").isFalse();
    assertThat(
            lane.root(Capability.LIST, "sys/policies/acl", null)
                .body()
                .path("data")
                .path("keys")
                .toString())
        .isEqualTo("[\"app\",\"default\",\"root\"]");
    BaoResponse upper =
        lane.root(
            Capability.UPDATE,
            "sys/policies/acl/App2",
            "{\"policy\":" + AuthFixture.MAPPER.valueToTree(text) + "}");
    assertThat(upper.status()).isEqualTo(200);
    assertThat(upper.body().path("warnings").toString())
        .isEqualTo("[\"policy name was converted to app2\"]");
    assertThat(lane.root(Capability.DELETE, "sys/policies/acl/app", null).status()).isEqualTo(204);
    assertThat(lane.root(Capability.READ, "sys/policies/acl/app", null).status()).isEqualTo(404);
    assertThat(lane.root(Capability.DELETE, "sys/policies/acl/default", null).status())
        .isEqualTo(400);
  }

  @Test
  void authMountsAreEnabledOnceAndReadWithTopLevelCopies() {
    lane.write("sys/auth/jwt", "{\"type\":\"jwt\",\"description\":\"d\"}");
    assertThat(
            AuthFixture.errors(lane.root(Capability.UPDATE, "sys/auth/jwt", "{\"type\":\"jwt\"}")))
        .isEqualTo("[\"path is already in use at jwt/\"]");
    JsonNode read = lane.root(Capability.READ, "sys/auth/jwt", null).body();
    assertThat(read.path("data").path("type").asText()).isEqualTo("jwt");
    assertThat(read.path("type").asText()).isEqualTo("jwt");
    assertThat(read.path("accessor")).isEqualTo(read.path("data").path("accessor"));
    JsonNode list = lane.root(Capability.READ, "sys/auth", null).body();
    assertThat(list.path("data").has("jwt/")).isTrue();
    assertThat(list.path("data").has("token/")).isTrue();
    assertThat(list.path("jwt/").path("description").asText()).isEqualTo("d");
    assertThat(
            AuthFixture.errors(
                lane.root(Capability.UPDATE, "sys/auth/x", "{\"type\":\"ldapish\"}")))
        .isEqualTo("[\"plugin not found in the catalog: ldapish\"]");
  }

  @Test
  void enablingAnAuthMethodNeedsSudo() {
    lane.write(
        "sys/policies/acl/no-sudo",
        "{\"policy\":\"path \\\"sys/auth/*\\\" { capabilities = [\\\"update\\\"] }\"}");
    TokenEntry token =
        lane.auth
            .tokens()
            .create(List.of("no-sudo"), "auth/token/create", "t", Map.of(), "", Duration.ZERO);
    BaoResponse refused =
        lane.call(Capability.UPDATE, "sys/auth/jwt", token.id(), "{\"type\":\"jwt\"}");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(lane.root(Capability.READ, "sys/auth/jwt", null).status()).isEqualTo(400);
  }
}
