package org.baoflow.lane.sim.bao.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.storage.InMemoryLogicalStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The auth state lives in the node's storage: another instance over it sees the same state, a
 * restore of another storage's entries replaces it, and no token id is ever stored.
 */
class AuthStorageTest {

  private static final String APP_POLICY =
      "{\"policy\":\"path \\\"secret/*\\\" { capabilities = [\\\"read\\\"] }\"}";

  private AuthFixture lane;

  @BeforeEach
  void setUp() {
    lane = new AuthFixture();
    lane.jwtLikeSelfInit();
    lane.write("sys/policies/acl/app", APP_POLICY);
  }

  private String workerLogin(BaoAuth auth) {
    BaoResponse response =
        auth.handle(
                new BaoRequest(
                    Capability.UPDATE,
                    "auth/jwt-operator/login",
                    null,
                    AuthFixture.object(
                        "{\"role\":\"openbao-operator\",\"jwt\":\""
                            + lane.token(AuthFixture.WORKER, "openbao-internal")
                            + "\"}")))
            .orElseThrow();
    assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
    return response.body().path("auth").path("client_token").asText();
  }

  private static BaoResponse call(BaoAuth auth, Capability operation, String path, String token) {
    return auth.handle(new BaoRequest(operation, path, token, null)).orElseThrow();
  }

  private static boolean valid(BaoAuth auth, String token) {
    return call(auth, Capability.READ, "auth/token/lookup-self", token).status() == 200;
  }

  @Test
  void anotherInstanceOverTheSameStorageSeesTokensPoliciesMountsAndRoles() {
    String workerToken = workerLogin(lane.auth);
    BaoAuth other = lane.newAuth(lane.storage);

    assertThat(valid(other, lane.rootToken)).isTrue();
    assertThat(valid(other, workerToken)).isTrue();
    assertThat(call(other, Capability.READ, "sys/policies/acl/app", lane.rootToken).status())
        .isEqualTo(200);
    assertThat(
            call(other, Capability.READ, "auth/jwt-operator/role/openbao-operator", lane.rootToken)
                .status())
        .isEqualTo(200);
    assertThat(valid(lane.auth, workerLogin(other))).isTrue();

    assertThat(call(other, Capability.UPDATE, "auth/token/revoke-self", workerToken).status())
        .isEqualTo(204);
    assertThat(valid(lane.auth, workerToken)).isFalse();
  }

  @Test
  void aRestoreBringsTheSourcesStateAndDropsTheTargets() {
    String sourceWorkerToken = workerLogin(lane.auth);
    InMemoryLogicalStorage targetStorage = new InMemoryLogicalStorage();
    BaoAuth target = lane.newAuth(targetStorage);
    String targetRoot = target.tokens().createRoot().id();
    assertThat(
            target
                .handle(
                    new BaoRequest(
                        Capability.UPDATE,
                        "sys/policies/acl/target-only",
                        targetRoot,
                        AuthFixture.object(APP_POLICY)))
                .orElseThrow()
                .status())
        .isEqualTo(204);
    assertThat(
            target
                .handle(
                    new BaoRequest(
                        Capability.UPDATE,
                        "sys/auth/userpass",
                        targetRoot,
                        AuthFixture.object("{\"type\":\"userpass\"}")))
                .orElseThrow()
                .status())
        .isEqualTo(204);
    assertThat(call(target, Capability.READ, "sys/policies/acl/app", targetRoot).status())
        .isEqualTo(404);

    targetStorage.replaceWith(lane.storage.entries());

    assertThat(valid(target, lane.rootToken)).isTrue();
    assertThat(valid(target, sourceWorkerToken)).isTrue();
    assertThat(call(target, Capability.READ, "sys/policies/acl/app", lane.rootToken).status())
        .isEqualTo(200);
    assertThat(valid(target, workerLogin(target))).isTrue();
    assertThat(valid(target, targetRoot)).isFalse();
    assertThat(target.authorize(targetRoot, Capability.READ, "sys/policies/acl/app")).isPresent();
    assertThat(
            call(target, Capability.READ, "sys/policies/acl/target-only", lane.rootToken).status())
        .isEqualTo(404);
    assertThat(call(target, Capability.READ, "sys/auth/userpass", lane.rootToken).status())
        .isEqualTo(400);
  }

  @Test
  void noStorageKeyOrValueHoldsATokenId() {
    List<String> ids =
        List.of(
            lane.rootToken,
            workerLogin(lane.auth),
            lane.auth
                .tokens()
                .create(List.of("app"), "auth/token/create", "t", Map.of(), "", Duration.ofHours(1))
                .id());
    assertThat(lane.storage.keys()).anyMatch(key -> key.startsWith("sys/token/id/"));
    for (String id : ids) {
      String secretPart = id.substring("hvs.".length());
      assertThat(lane.storage.keys()).noneMatch(key -> key.contains(secretPart));
      assertThat(lane.storage.entries().values())
          .noneMatch(value -> new String(value, StandardCharsets.UTF_8).contains(secretPart));
    }
  }

  @Test
  void layoutFollowsOpenBao() {
    assertThat(lane.storage.keys())
        .contains("core/auth", "sys/policy/app")
        .anyMatch(key -> key.matches("auth/[0-9a-f-]{36}/config"))
        .anyMatch(key -> key.matches("auth/[0-9a-f-]{36}/role/openbao-operator"));
  }

  @Test
  void disablingAMountDeletesItsStorage() {
    lane.write("sys/auth/userpass", "{\"type\":\"userpass\"}");
    lane.write("auth/userpass/users/demo", "{\"password\":\"pw\",\"token_policies\":\"app\"}");
    String uuid =
        lane.root(Capability.READ, "sys/auth/userpass", null).body().path("uuid").asText();
    assertThat(lane.storage.keys()).contains("auth/" + uuid + "/user/demo");

    assertThat(lane.root(Capability.DELETE, "sys/auth/userpass", null).status()).isEqualTo(204);

    assertThat(lane.storage.keys()).noneMatch(key -> key.startsWith("auth/" + uuid + "/"));
    lane.write("sys/auth/userpass", "{\"type\":\"userpass\"}");
    assertThat(lane.root(Capability.READ, "auth/userpass/users/demo", null).status())
        .isEqualTo(404);
  }

  @Test
  void anExpiredTokenLeavesTheStorage() {
    String token = workerLogin(lane.auth);
    int stored = lane.storage.list("sys/token/id/").size();
    lane.clock.advance(Duration.ofHours(1));
    assertThat(valid(lane.auth, token)).isFalse();
    assertThat(lane.storage.list("sys/token/id/")).hasSize(stored - 1);
  }
}
