package org.baoflow.lane.sim.bao.selfinit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.baoflow.lane.sim.bao.TestNodeHost;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.logical.Envelope;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.node.InitializeBlock;
import org.junit.jupiter.api.Test;

/** Self-init against a handler that records what it is sent and answers as the test says. */
class SelfInitTest {

  private static final String ROOT = "hvs.transient-root";
  private static final String CA = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
  private static final String PASSWORD = "s3cret-demo";

  private final TestNodeHost host = new TestNodeHost();
  private final List<BaoRequest> sent = new ArrayList<>();
  private final SelfInit selfInit = new SelfInit();

  SelfInitTest() {
    host.file(Stanzas.CA_PATH, CA);
    host.env("BAO_DEMO_PASSWORD", PASSWORD);
  }

  /** Records each request; the autopilot path is refused as a node without raft would. */
  private BaoResponse recording(BaoRequest request) {
    sent.add(request);
    if (request.path().startsWith("sys/storage/raft/")) {
      return BaoResponse.badRequest("raft storage is not in use");
    }
    return BaoResponse.noContent();
  }

  private List<String> sentPaths() {
    return sent.stream().map(BaoRequest::path).toList();
  }

  private BaoRequest sentTo(String path) {
    return sent.stream()
        .filter(request -> request.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("nothing sent to " + path));
  }

  @Test
  void theDevLaneGoldenRunsEveryRequestInOrderWithItsSourcesResolved() throws IOException {
    List<InitializeBlock> blocks = Stanzas.parse(Stanzas.golden());

    selfInit.run(blocks, host, this::recording, ROOT);

    assertThat(sentPaths())
        .containsExactly(
            "sys/auth/jwt-operator",
            "auth/jwt-operator/config",
            "sys/policies/acl/openbao-operator",
            "sys/policies/acl/openbao-operator-backup",
            "sys/policies/acl/openbao-operator-upgrade",
            "sys/policies/acl/openbao-operator-restore",
            "auth/jwt-operator/role/openbao-operator",
            "auth/jwt-operator/role/openbao-operator-backup",
            "auth/jwt-operator/role/openbao-operator-upgrade",
            "auth/jwt-operator/role/openbao-operator-restore",
            // Refused, but allow_failure lets self-init go on.
            "sys/storage/raft/autopilot/configuration",
            "sys/auth/userpass",
            "sys/policies/acl/demo",
            "auth/userpass/users/demo",
            "auth/token/revoke-self");
    assertThat(sent).allSatisfy(request -> assertThat(request.token()).isEqualTo(ROOT));
    assertThat(sent)
        .allSatisfy(request -> assertThat(request.operation()).isEqualTo(Capability.UPDATE));
    ObjectNode jwtConfig = sentTo("auth/jwt-operator/config").data();
    assertThat(jwtConfig.path("oidc_discovery_ca_pem").asText()).isEqualTo(CA);
    assertThat(jwtConfig.path("skip_jwks_validation").asBoolean()).isTrue();
    ObjectNode demo = sentTo("auth/userpass/users/demo").data();
    assertThat(demo.path("password").asText()).isEqualTo(PASSWORD);
    assertThat(demo.path("token_policies").toString()).isEqualTo("[\"demo\"]");
    assertThat(sentTo("sys/storage/raft/autopilot/configuration").data().path("min_quorum").asInt())
        .isEqualTo(3);
    assertThat(sentTo("auth/token/revoke-self").data().isEmpty()).isTrue();
  }

  @Test
  void aMissingRequiredVariableAbortsBeforeTheRequestIsSent() {
    List<InitializeBlock> blocks =
        Stanzas.parse(
            """
            initialize "users" {
              request "first" {
                operation = "update"
                path      = "sys/auth/userpass"
                data      = { type = "userpass" }
              }
              request "user" {
                operation = "update"
                path      = "auth/userpass/users/demo"
                data = {
                  password = {
                    eval_source     = "env"
                    eval_type       = "string"
                    env_var         = "MISSING_PASSWORD"
                    require_present = true
                  }
                }
              }
            }
            """);

    assertThatThrownBy(() -> selfInit.run(blocks, host, this::recording, ROOT))
        .isInstanceOf(SelfInitException.class)
        .hasMessage(
            "failed to initialize: request users.user: failed to evaluate data: in map item"
                + " [password]: failed to validate source 'env': env source required variable"
                + " MISSING_PASSWORD to be present but was missing");
    assertThat(sentPaths()).containsExactly("sys/auth/userpass");
  }

  @Test
  void aMissingOptionalVariableIsTheEmptyString() {
    List<InitializeBlock> blocks =
        Stanzas.parse(
            """
            initialize "users" {
              request "user" {
                operation = "update"
                path      = "auth/userpass/users/demo"
                data = {
                  password = { eval_source = "env", eval_type = "string", env_var = "UNSET" }
                }
              }
            }
            """);

    selfInit.run(blocks, host, this::recording, ROOT);

    assertThat(sentTo("auth/userpass/users/demo").data().path("password").asText()).isEmpty();
  }

  @Test
  void aMissingFileAbortsWithItsPath() throws IOException {
    host.files.clear();
    List<InitializeBlock> blocks = Stanzas.parse(Stanzas.golden());

    assertThatThrownBy(() -> selfInit.run(blocks, host, this::recording, ROOT))
        .isInstanceOf(SelfInitException.class)
        .hasMessage(
            "failed to initialize: request baoflow-bootstrap.configure-jwt-operator: failed to"
                + " evaluate data: in map item [oidc_discovery_ca_pem]: failed to validate source"
                + " 'file': failed to open file: open "
                + Stanzas.CA_PATH
                + ": no such file or directory");
    assertThat(sentPaths()).containsExactly("sys/auth/jwt-operator");
  }

  @Test
  void aRefusedRequestAbortsWithTheServersErrorsAndNoData() throws IOException {
    Function<BaoRequest, BaoResponse> refusingDemoUser =
        request -> {
          sent.add(request);
          return request.path().equals("auth/userpass/users/demo")
              ? BaoResponse.badRequest("invalid token_ttl")
              : BaoResponse.noContent();
        };

    assertThatThrownBy(
            () -> selfInit.run(Stanzas.parse(Stanzas.golden()), host, refusingDemoUser, ROOT))
        .isInstanceOf(SelfInitException.class)
        .hasMessage("failed to initialize: request baoflow-demo-login.demo-user: invalid token_ttl")
        .satisfies(
            e -> {
              assertThat(e.getMessage()).doesNotContain(PASSWORD);
              assertThat(e.getMessage()).doesNotContain(ROOT);
            });
    assertThat(sentPaths()).doesNotContain("auth/token/revoke-self");
  }

  @Test
  void aRefusalWithoutMessagesSaysSo() {
    List<InitializeBlock> blocks =
        Stanzas.parse(
            """
            initialize "b" {
              request "r" {
                operation = "read"
                path      = "secret/data/nothing"
              }
            }
            """);

    assertThatThrownBy(() -> selfInit.run(blocks, host, request -> BaoResponse.notFound(), ROOT))
        .hasMessage(
            "failed to initialize: request b.r: the server answered 404 with no error message");
  }

  @Test
  void whenFalseSkipsARequestOrAWholeStanza() {
    host.env("ENABLE_KV", "false");
    List<InitializeBlock> blocks =
        Stanzas.parse(
            """
            initialize "skipped" {
              when = false
              request "never" {
                operation = "update"
                path      = "sys/auth/never"
                data      = { type = "userpass" }
              }
            }
            initialize "partly" {
              request "kept" {
                operation = "update"
                path      = "sys/auth/kept"
                data      = { type = "userpass" }
              }
              request "by-env" {
                operation = "update"
                path      = "sys/mounts/secret"
                data      = { type = "kv-v2" }
                when      = { eval_source = "env", eval_type = "bool", env_var = "ENABLE_KV" }
              }
              request "plain-false" {
                operation = "update"
                path      = "sys/auth/false"
                data      = { type = "userpass" }
                when      = false
              }
              request "true" {
                operation = "update"
                path      = "sys/auth/true"
                data      = { type = "userpass" }
                when      = true
              }
            }
            """);

    selfInit.run(blocks, host, this::recording, ROOT);

    assertThat(sentPaths()).containsExactly("sys/auth/kept", "sys/auth/true");
  }

  @Test
  void laterRequestsReadEarlierRequestsAndResponses() {
    List<InitializeBlock> blocks =
        Stanzas.parse(
            """
            initialize "tokens" {
              request "create" {
                operation = "update"
                path      = "auth/token/create"
                data      = { policies = ["app"], ttl = "1h" }
              }
              request "use" {
                operation = "update"
                path      = "secret/data/app"
                token = {
                  eval_source    = "response"
                  eval_type      = "string"
                  initialize_name = "tokens"
                  response_name  = "create"
                  field_selector = ["auth", "client_token"]
                }
                data = {
                  ttl = {
                    eval_source     = "request"
                    eval_type       = "string"
                    initialize_name = "tokens"
                    request_name    = "create"
                    field_selector  = ["map", "ttl"]
                  }
                  policy = {
                    eval_source     = "request"
                    eval_type       = "string"
                    initialize_name = "tokens"
                    request_name    = "create"
                    field_selector  = ["map", "policies", 0]
                  }
                  seconds = {
                    eval_source     = "response"
                    eval_type       = "int"
                    initialize_name = "tokens"
                    response_name   = "create"
                    field_selector  = ["auth", "lease_duration"]
                  }
                  renewable = {
                    eval_source     = "response"
                    eval_type       = "string"
                    initialize_name = "tokens"
                    response_name   = "create"
                    field_selector  = ["auth", "renewable"]
                  }
                }
              }
            }
            """);
    Function<BaoRequest, BaoResponse> issuing =
        request -> {
          sent.add(request);
          if (!request.path().equals("auth/token/create")) {
            return BaoResponse.noContent();
          }
          ObjectNode auth = Json.object();
          auth.put("client_token", "hvs.child");
          auth.put("lease_duration", 3600);
          auth.put("renewable", true);
          return Envelope.auth(auth);
        };

    selfInit.run(blocks, host, issuing, ROOT);

    BaoRequest use = sentTo("secret/data/app");
    assertThat(use.token()).isEqualTo("hvs.child");
    assertThat(use.data().toString())
        .isEqualTo("{\"ttl\":\"1h\",\"policy\":\"app\",\"seconds\":3600,\"renewable\":\"1\"}");
  }

  @Test
  void aReferenceToASkippedOrFailedResponseAborts() {
    List<InitializeBlock> blocks =
        Stanzas.parse(
            """
            initialize "b" {
              request "fails" {
                operation     = "update"
                path          = "sys/storage/raft/autopilot/configuration"
                allow_failure = true
              }
              request "uses" {
                operation = "update"
                path      = "sys/auth/x"
                data = {
                  type = {
                    eval_source     = "response"
                    eval_type       = "string"
                    initialize_name = "b"
                    response_name   = "fails"
                  }
                }
              }
            }
            """);

    assertThatThrownBy(() -> selfInit.run(blocks, host, this::recording, ROOT))
        .hasMessage(
            "failed to initialize: request b.uses: failed to evaluate data: in map item [type]:"
                + " failed to evaluate source 'response': no values written");
  }

  @Test
  void celAndTemplateSourcesAreRefusedWithAClearError() {
    List<InitializeBlock> blocks =
        Stanzas.parse(
            """
            initialize "b" {
              request "r" {
                operation = "update"
                path      = "sys/auth/x"
                data = {
                  type = { eval_source = "cel", eval_type = "string", expression = "'jwt'" }
                }
              }
            }
            """);

    assertThatThrownBy(() -> selfInit.run(blocks, host, this::recording, ROOT))
        .isInstanceOf(SelfInitException.class)
        .hasMessageContaining("does not evaluate cel sources");
    assertThat(sent).isEmpty();
  }
}
