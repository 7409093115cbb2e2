package org.baoflow.lane.sim.bao.selfinit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.baoflow.lane.sim.bao.TestNodeHost;
import org.baoflow.lane.sim.bao.auth.BaoAuth;
import org.baoflow.lane.sim.bao.engines.SecretEngines;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.storage.InMemoryLogicalStorage;
import org.junit.jupiter.api.Test;

/**
 * Self-init through the auth logic and the secret engines, as a node's internal request path runs
 * it: the dev-lane golden plus a stanza that mounts KV v2 and chains two writes.
 */
class SelfInitOnAuthAndEnginesTest {

  private static final String PASSWORD = "demo-password-from-env";

  private static final String APP_SECRETS =
      """
      initialize "app-secrets" {
        request "enable-kv" {
          operation = "update"
          path      = "sys/mounts/secret"
          data      = { type = "kv-v2", description = "demo secrets" }
        }
        request "hello" {
          operation = "create"
          path      = "secret/data/demo/hello"
          data = {
            data = {
              greeting = "hello"
              password = { eval_source = "env", eval_type = "string", env_var = "BAO_DEMO_PASSWORD" }
            }
          }
        }
        request "hello-again" {
          operation = "update"
          path      = "secret/data/demo/hello"
          data = {
            options = {
              cas = {
                eval_source     = "response"
                eval_type       = "int"
                initialize_name = "app-secrets"
                response_name   = "hello"
                field_selector  = ["data", "version"]
              }
            }
            data = { greeting = "hello again" }
          }
        }
      }
      """;

  private final Clock clock = Clock.systemUTC();
  private final InMemoryLogicalStorage storage = new InMemoryLogicalStorage();
  private final BaoAuth auth =
      new BaoAuth(
          clock,
          (url, ca) -> {
            throw new IOException("no network in this test");
          },
          (token, audiences) -> {
            throw new AssertionError("no Kubernetes login in this test");
          },
          storage);
  private final SecretEngines engines = new SecretEngines(clock);
  private final TestNodeHost host = new TestNodeHost();
  private final String root = auth.tokens().createRoot().id();

  SelfInitOnAuthAndEnginesTest() {
    host.file(Stanzas.CA_PATH, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    host.env("BAO_DEMO_PASSWORD", PASSWORD);
  }

  /** The node's internal request path: auth paths, then the ACL, then the engines. */
  private BaoResponse node(BaoRequest request) {
    Optional<BaoResponse> answered = auth.handle(request);
    if (answered.isPresent()) {
      return answered.get();
    }
    return auth.authorize(request.token(), request.operation(), request.path())
        .or(() -> engines.handle(request, storage))
        .orElseGet(BaoResponse::notFound);
  }

  @Test
  void theGoldenAndAKvStanzaLeaveAWorkingCluster() throws IOException {
    new SelfInit().run(Stanzas.parse(APP_SECRETS + Stanzas.golden()), host, this::node, root);

    assertThat(auth.tokens().lookup(root)).as("revoked by the last request").isEmpty();
    BaoResponse login =
        node(
            new BaoRequest(
                Capability.UPDATE,
                "auth/userpass/login/demo",
                null,
                Json.strings(Map.of("password", PASSWORD))));
    assertThat(login.status()).isEqualTo(200);
    String demo = login.body().path("auth").path("client_token").asText();

    BaoResponse secret =
        node(new BaoRequest(Capability.READ, "secret/data/demo/hello", demo, null));

    assertThat(secret.status()).isEqualTo(200);
    JsonNode data = secret.body().path("data");
    assertThat(data.path("data").toString()).isEqualTo("{\"greeting\":\"hello again\"}");
    assertThat(data.path("metadata").path("version").asInt()).isEqualTo(2);
    BaoResponse first =
        node(
            new BaoRequest(
                Capability.READ,
                "secret/data/demo/hello",
                demo,
                Json.strings(Map.of("version", "1"))));
    assertThat(first.body().path("data").path("data").path("password").asText())
        .isEqualTo(PASSWORD);
    assertThat(node(new BaoRequest(Capability.READ, "sys/mounts", demo, null)).status())
        .as("the demo policy does not grant sys/mounts")
        .isEqualTo(403);
  }

  @Test
  void aRequestTheAclRefusesAbortsSelfInit() {
    String stanza =
        """
        initialize "b" {
          request "as-nobody" {
            operation = "update"
            path      = "sys/mounts/secret"
            token     = "hvs.unknown"
            data      = { type = "kv-v2" }
          }
        }
        """;

    assertThatThrownBy(() -> new SelfInit().run(Stanzas.parse(stanza), host, this::node, root))
        .isInstanceOf(SelfInitException.class)
        .hasMessage("failed to initialize: request b.as-nobody: permission denied");
    assertThat(
            engines
                .handle(new BaoRequest(Capability.READ, "sys/mounts", root, null), storage)
                .orElseThrow()
                .body()
                .path("data")
                .has("secret/"))
        .isFalse();
  }
}
