package org.baoflow.lane.sim.bao.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.hcl.HclBlock;
import org.baoflow.lane.sim.hcl.HclBody;
import org.baoflow.lane.sim.hcl.HclParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the requests of the dev-lane self-init golden (the renderer's real output) against the auth
 * logic with a root token, then checks that the roles BaoFlow's worker logs in with grant exactly
 * what its workflows need.
 */
class DevLaneSelfInitTest {

  private static final Path GOLDEN =
      Path.of("../../activities/src/test/resources/golden/dev-lane/self-init.hcl");
  private static final String DEMO_PASSWORD = "demo-password-from-env";

  private AuthFixture lane;
  private final List<String> notAuthPaths = new ArrayList<>();

  @BeforeEach
  void runSelfInit() throws IOException {
    lane = new AuthFixture();
    HclBody config = HclParser.parse(Files.readString(GOLDEN));
    for (HclBlock initialize : config.blocks("initialize")) {
      for (HclBlock request : initialize.body().blocks("request")) {
        HclBody body = request.body();
        Capability operation =
            Capability.valueOf(body.string("operation").toUpperCase(java.util.Locale.ROOT));
        Map<String, Object> data =
            body.has("data") ? resolveSources(body.object("data").toMap()) : Map.of();
        Optional<BaoResponse> response =
            lane.auth.handle(
                new BaoRequest(
                    operation,
                    body.string("path"),
                    lane.rootToken,
                    AuthFixture.MAPPER.valueToTree(data)));
        if (response.isEmpty()) {
          notAuthPaths.add(body.string("path"));
        } else {
          assertThat(response.get().status())
              .as("%s %s", request.labels(), response.get().body())
              .isIn(200, 204);
        }
      }
    }
  }

  /** The golden's dynamic sources: the pod's CA file and the demo password from the env. */
  private static Map<String, Object> resolveSources(Map<String, Object> data) {
    Map<String, Object> resolved = new LinkedHashMap<>();
    data.forEach(
        (key, value) -> {
          if (value instanceof Map<?, ?> source && source.containsKey("eval_source")) {
            resolved.put(key, "env".equals(source.get("eval_source")) ? DEMO_PASSWORD : "");
          } else {
            resolved.put(key, value);
          }
        });
    return resolved;
  }

  private String loginAs(String role) {
    BaoResponse response =
        lane.call(
            Capability.UPDATE,
            "auth/jwt-operator/login",
            null,
            "{\"role\":\""
                + role
                + "\",\"jwt\":\""
                + lane.token(AuthFixture.WORKER, "openbao-internal")
                + "\"}");
    assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
    return response.body().path("auth").path("client_token").asText();
  }

  private boolean allowed(String token, Capability operation, String path) {
    return lane.auth.authorize(token, operation, path).isEmpty();
  }

  @Test
  void onlyTheAutopilotRequestIsNotAnAuthPath() {
    assertThat(notAuthPaths).containsExactly("sys/storage/raft/autopilot/configuration");
  }

  @Test
  void theSelfInitRootTokenIsRevokedAtTheEnd() {
    assertThat(lane.auth.tokens().lookup(lane.rootToken)).isEmpty();
  }

  @Test
  void backupRoleReadsSnapshotsAndNothingElse() {
    String token = loginAs("openbao-operator-backup");
    assertThat(allowed(token, Capability.READ, "sys/storage/raft/snapshot")).isTrue();
    assertThat(allowed(token, Capability.UPDATE, "sys/storage/raft/snapshot-force")).isFalse();
    assertThat(allowed(token, Capability.UPDATE, "sys/storage/raft/snapshot")).isFalse();
    assertThat(allowed(token, Capability.UPDATE, "sys/step-down")).isFalse();
    assertThat(allowed(token, Capability.READ, "auth/token/lookup-self")).isTrue();
  }

  @Test
  void restoreRoleForceRestoresButCannotTakeSnapshots() {
    String token = loginAs("openbao-operator-restore");
    assertThat(allowed(token, Capability.UPDATE, "sys/storage/raft/snapshot-force")).isTrue();
    assertThat(allowed(token, Capability.UPDATE, "sys/storage/raft/snapshot")).isTrue();
    assertThat(allowed(token, Capability.READ, "sys/storage/raft/snapshot")).isFalse();
    assertThat(allowed(token, Capability.READ, "sys/leader")).isTrue();
  }

  @Test
  void operatorRoleStepsDownWithSudoButHandlesNoSnapshots() {
    String token = loginAs("openbao-operator");
    assertThat(allowed(token, Capability.UPDATE, "sys/step-down")).isTrue();
    assertThat(allowed(token, Capability.UPDATE, "sys/storage/raft/remove-peer")).isTrue();
    assertThat(allowed(token, Capability.READ, "sys/storage/raft/snapshot")).isFalse();
    assertThat(allowed(token, Capability.UPDATE, "sys/storage/raft/snapshot-force")).isFalse();
    assertThat(allowed(token, Capability.UPDATE, "sys/auth/jwt-operator")).isFalse();
    BaoResponse self = lane.call(Capability.READ, "auth/token/lookup-self", token, null);
    assertThat(self.body().path("data").path("policies").toString())
        .isEqualTo("[\"default\",\"openbao-operator\"]");
    assertThat(self.body().path("data").path("meta").toString())
        .isEqualTo("{\"role\":\"openbao-operator\"}");
  }

  @Test
  void upgradeRoleJoinsPromotesAndStepsDown() {
    String token = loginAs("openbao-operator-upgrade");
    assertThat(allowed(token, Capability.UPDATE, "sys/storage/raft/join")).isTrue();
    assertThat(allowed(token, Capability.UPDATE, "sys/storage/raft/promote")).isTrue();
    assertThat(allowed(token, Capability.UPDATE, "sys/step-down")).isTrue();
    assertThat(allowed(token, Capability.READ, "sys/storage/raft/snapshot")).isFalse();
  }

  @Test
  void theDemoUserLogsInWithItsPassword() {
    BaoResponse login =
        lane.call(
            Capability.UPDATE,
            "auth/userpass/login/demo",
            null,
            "{\"password\":\"" + DEMO_PASSWORD + "\"}");
    assertThat(login.status()).isEqualTo(200);
    ObjectNode auth = (ObjectNode) login.body().path("auth");
    assertThat(auth.path("policies").toString()).isEqualTo("[\"default\",\"demo\"]");
    assertThat(auth.path("metadata").toString()).isEqualTo("{\"username\":\"demo\"}");
    assertThat(auth.path("lease_duration").asLong()).isEqualTo(3600);
    String token = auth.path("client_token").asText();
    assertThat(allowed(token, Capability.CREATE, "secret/data/hello")).isTrue();
    assertThat(allowed(token, Capability.READ, "sys/storage/raft/snapshot")).isFalse();
    assertThat(lane.call(Capability.READ, "auth/token/lookup-self", token, null).status())
        .isEqualTo(200);

    BaoResponse wrong =
        lane.call(Capability.UPDATE, "auth/userpass/login/demo", null, "{\"password\":\"guess\"}");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(AuthFixture.errors(wrong)).isEqualTo("[\"invalid username or password\"]");
  }
}
