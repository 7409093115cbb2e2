package org.baoflow.lane.sim.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reads the renderer's real goldens, so a renderer change OpenBao would refuse fails here. */
class NodeConfigTest {
  private static final Path GOLDEN = Path.of("../../activities/src/test/resources/golden");

  static Stream<String> scenariosWithConfig() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      return dirs
          .filter(dir -> Files.exists(dir.resolve("config.hcl")))
          .map(dir -> dir.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  static Stream<String> scenariosWithSelfInit() {
    try {
      return scenariosWithConfig()
          .filter(scenario -> Files.exists(GOLDEN.resolve(scenario).resolve("self-init.hcl")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theGoldensCoverEveryStanzaKind() throws IOException {
    assertThat(scenariosWithConfig())
        .contains("dev-lane", "hardened-transit", "acme", "bluegreen-green");
    assertThat(scenariosWithSelfInit()).contains("dev-lane", "hardened-transit", "acme");
  }

  @ParameterizedTest
  @MethodSource("scenariosWithConfig")
  void everyGoldenConfigParses(String scenario) {
    NodeConfig config = NodeConfig.parse(golden(scenario, "config.hcl"));

    assertThat(config.clusterName()).isPresent();
    assertThat(config.apiAddr()).get().asString().contains("%POD_NAME%").endsWith(":8200");
    assertThat(config.listener().address()).isEqualTo("[::]:8200");
    assertThat(config.storage().nodeId()).contains("%POD_NAME%");
    assertThat(config.seal()).isPresent();
    assertThat(config.initialize()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("scenariosWithSelfInit")
  void everyGoldenConfigWithItsSelfInitAppendedAsTheEntrypointDoesParses(String scenario) {
    String selfInit = golden(scenario, "self-init.hcl");
    NodeConfig config = NodeConfig.parse(asEntrypointWrites(scenario));

    assertThat(config.initialize()).isNotEmpty();
    assertThat(config.initialize().get(0).name()).isEqualTo("baoflow-bootstrap");
    assertThat(config.initRequests().get(0).path()).isEqualTo("sys/auth/jwt-operator");
    assertThat(config.initRequests())
        .extracting(InitRequest::name)
        .hasSize((int) selfInit.lines().filter(line -> line.startsWith("  request \"")).count());
    assertThat(config.initRequests()).allMatch(request -> request.operation().equals("update"));
  }

  @Test
  void devLaneConfigHasTheRenderedValues() {
    NodeConfig config = NodeConfig.parse(golden("dev-lane", "config.hcl"));

    assertThat(config.ui()).isTrue();
    assertThat(config.clusterName()).contains("dev");
    assertThat(config.apiAddr()).contains("https://%POD_NAME%.dev.%POD_NAMESPACE%.svc:8200");
    assertThat(config.clusterAddr()).contains("https://%POD_NAME%.dev.%POD_NAMESPACE%.svc:8201");
    assertThat(config.settings()).containsEntry("log_level", "info");
    ListenerConfig listener = config.listener();
    assertThat(config.listeners()).hasSize(1);
    assertThat(listener.clusterAddress()).contains("[::]:8201");
    assertThat(listener.tlsDisable()).isFalse();
    assertThat(listener.tlsCertFile()).contains("/etc/bao/tls/tls.crt");
    assertThat(listener.tlsKeyFile()).contains("/etc/bao/tls/tls.key");
    assertThat(listener.tlsClientCaFile()).contains("/etc/bao/tls/ca.crt");
    assertThat(listener.acme()).isEmpty();
    RaftStorage raft = config.storage();
    assertThat(raft.path()).isEqualTo("/bao/data");
    assertThat(raft.retryJoinAsNonVoter()).isFalse();
    assertThat(raft.retryJoin())
        .containsExactly(
            new RetryJoin(
                Optional.empty(),
                Optional.of(
                    "provider=k8s namespace=openbao label_selector=\"openbao.org/cluster=dev\""),
                "https",
                Optional.empty(),
                Optional.of("openbao-cluster-dev.local"),
                Optional.of("/etc/bao/tls/ca.crt"),
                Optional.empty(),
                Optional.empty()));
    assertThat(config.seal())
        .contains(
            new StaticSeal(
                "operator-generated-v1",
                "file:///etc/bao/unseal/key",
                Optional.empty(),
                Optional.empty(),
                false));
    assertThat(config.audit()).isEmpty();
    assertThat(config.serviceRegistration())
        .contains(new ServiceRegistration("kubernetes", Optional.empty(), Optional.empty()));
    assertThat(config.telemetry().orElseThrow().prometheusRetentionTime()).contains("60s");
    assertThat(config.telemetry().orElseThrow().disableHostname()).isTrue();
  }

  @Test
  void hardenedTransitConfigHasTheTransitSealAuditDeviceAndTuning() {
    NodeConfig config = NodeConfig.parse(golden("hardened-transit", "config.hcl"));

    assertThat(config.settings())
        .containsEntry("log_format", "json")
        .containsEntry("default_lease_ttl", "1h")
        .containsEntry("max_lease_ttl", "24h");
    assertThat(config.storage().attributes()).containsEntry("performance_multiplier", "1");
    TransitSeal seal = (TransitSeal) config.seal().orElseThrow();
    assertThat(seal.address()).contains("https://transit.unsealer.svc:8200");
    assertThat(seal.keyName()).contains("prod-autounseal");
    assertThat(seal.mountPath()).contains("transit/");
    assertThat(seal.tlsCaCert()).contains("/etc/bao/tls/ca.crt");
    assertThat(seal.tlsServerName()).contains("transit.unsealer.svc");
    assertThat(seal.token()).isEmpty();
    assertThat(seal.tlsSkipVerify()).isFalse();
    assertThat(config.audit())
        .containsExactly(
            new AuditDevice(
                "file",
                "stdout",
                Optional.of("Every request, to the container log"),
                false,
                Map.of("file_path", "/dev/stdout")));
  }

  @Test
  void acmeConfigHasTheAcmeListenerAndTheKmsSeal() {
    NodeConfig config = NodeConfig.parse(golden("acme", "config.hcl"));

    ListenerConfig listener = config.listener();
    assertThat(listener.tlsCertFile()).isEmpty();
    assertThat(listener.acme())
        .contains(
            new AcmeSettings(
                "https://acme.internal.example/acme/directory",
                List.of("bao.example.com"),
                Optional.of("ops@example.com"),
                Optional.of("/etc/bao/seal-creds/acme-ca.crt"),
                Optional.of("/bao/data/acme"),
                true));
    assertThat(config.storage().retryJoin().get(0).leaderTlsServername())
        .contains("bao.example.com");
    KmsSeal seal = (KmsSeal) config.seal().orElseThrow();
    assertThat(seal.type()).isEqualTo("awskms");
    assertThat(seal.attributes()).containsEntry("region", "eu-central-1");
    assertThat(seal.attributes()).containsKey("kms_key_id");
  }

  @Test
  void aBlueGreenConfigJoinsAsNonVoter() {
    NodeConfig config = NodeConfig.parse(golden("bluegreen-green", "config.hcl"));

    assertThat(config.storage().retryJoinAsNonVoter()).isTrue();
    assertThat(config.storage().retryJoin().get(0).autoJoin())
        .get()
        .asString()
        .contains("openbao.org/revision=r1");
  }

  @Test
  void devLaneSelfInitKeepsOrderDataDynamicSourcesAndAllowFailure() {
    NodeConfig config = NodeConfig.parse(asEntrypointWrites("dev-lane"));

    assertThat(config.initialize())
        .extracting(InitializeBlock::name)
        .containsExactly(
            "baoflow-bootstrap",
            "user-requests",
            "baoflow-demo-login",
            "baoflow-revoke-root-token");
    List<InitRequest> requests = config.initRequests();
    assertThat(requests)
        .extracting(InitRequest::name)
        .startsWith("enable-jwt-operator", "configure-jwt-operator", "policy-openbao-operator")
        .endsWith("policy-demo", "demo-user", "revoke-root-token");
    InitRequest configure = requests.get(1);
    assertThat(configure.path()).isEqualTo("auth/jwt-operator/config");
    assertThat(configure.data())
        .containsEntry("oidc_discovery_url", "https://kubernetes.default.svc.cluster.local")
        .containsEntry("skip_jwks_validation", true)
        .containsEntry(
            "oidc_discovery_ca_pem",
            Map.of(
                "eval_source",
                "file",
                "eval_type",
                "string",
                "path",
                "/var/run/secrets/kubernetes.io/serviceaccount/ca.crt"));
    assertThat(configure.allowFailure()).isFalse();
    InitRequest policy = requests.get(2);
    assertThat((String) policy.data().get("policy"))
        .startsWith("path \"sys/health\" { capabilities = [\"read\"] }\n");
    InitRequest autopilot = byName(requests, "configure-autopilot");
    assertThat(autopilot.allowFailure()).isTrue();
    assertThat(autopilot.data()).containsEntry("min_quorum", new BigDecimal("3"));
    InitRequest role = byName(requests, "role-openbao-operator");
    assertThat(role.data()).containsEntry("bound_audiences", List.of("openbao-internal"));
    InitRequest demoUser = byName(requests, "demo-user");
    assertThat(demoUser.data())
        .containsEntry(
            "password",
            Map.of("eval_source", "env", "eval_type", "string", "env_var", "BAO_DEMO_PASSWORD"));
    InitRequest revoke = requests.get(requests.size() - 1);
    assertThat(revoke.path()).isEqualTo("auth/token/revoke-self");
    assertThat(revoke.data()).isEmpty();
    assertThat(revoke.allowFailure()).isTrue();
  }

  @Test
  void hardenedTransitSelfInitKeepsNestedUserData() {
    NodeConfig config = NodeConfig.parse(asEntrypointWrites("hardened-transit"));

    InitRequest kv = byName(config.initRequests(), "enable-kv");
    assertThat(kv.data()).containsEntry("options", Map.of("version", "2"));
    InitRequest tune = byName(config.initRequests(), "tune-default-lease");
    assertThat(tune.data()).containsEntry("default_lease_ttl", new BigDecimal("3600"));
    assertThat(tune.allowFailure()).isTrue();
  }

  static Stream<Arguments> refusedConfigs() {
    String dev = golden("dev-lane", "config.hcl");
    String selfInit = golden("dev-lane", "self-init.hcl");
    return Stream.of(
        Arguments.of(
            "syntax error", dev.replace("ui           = true", "ui = true }"), "line 3, column 11"),
        Arguments.of("unclosed block", dev + "\naudit \"file\" \"x\" {\n", "is not closed"),
        Arguments.of(
            "unknown top-level key", dev + "\nui_theme = \"dark\"\n", "unknown key ui_theme"),
        Arguments.of(
            "unknown stanza", dev + "\nha_storage \"raft\" {}\n", "unknown block ha_storage"),
        Arguments.of(
            "unknown listener key",
            dev.replace("  address ", "  adress  "),
            "unknown key adress in listener \"tcp\""),
        Arguments.of(
            "unknown raft key",
            dev.replace("node_id =", "node_ip ="),
            "unknown key node_ip in storage \"raft\""),
        Arguments.of(
            "no storage",
            without(dev, "storage \"raft\" {", "\n}\n"),
            "A storage backend must be specified"),
        Arguments.of(
            "two storages",
            dev + "\nstorage \"raft\" {\n  path = \"/x\"\n}\n",
            "only one 'storage' block is permitted"),
        Arguments.of(
            "no listener",
            without(dev, "listener \"tcp\" {", "\n}\n"),
            "no listener is configured"),
        Arguments.of(
            "listener without certificate",
            dev.replace("  tls_cert_file      = \"/etc/bao/tls/tls.crt\"\n", ""),
            "'tls_cert_file' must be set"),
        Arguments.of(
            "raft without path",
            dev.replace("  path    = \"/bao/data\"\n", ""),
            "'path' must be set in storage \"raft\""),
        Arguments.of(
            "retry_join without a leader",
            without(dev, "    # Discovers", "ca.crt\"\n"),
            "leader_api_addr or auto_join must be set"),
        Arguments.of(
            "bad auto_join_scheme",
            dev.replace("= \"https\"", "= \"ftp\""),
            "invalid scheme \"ftp\""),
        Arguments.of(
            "static seal without key",
            dev.replace("  current_key    = \"file:///etc/bao/unseal/key\"\n", ""),
            "'current_key' must be set in seal \"static\""),
        Arguments.of(
            "static seal with previous key but no id",
            dev.replace("  current_key    =", "  previous_key = \"env://OLD\"\n  current_key ="),
            "previous_key and previous_key_id must be set together"),
        Arguments.of(
            "unknown seal key",
            dev.replace("current_key_id =", "current_id ="),
            "unknown key current_id in seal \"static\""),
        Arguments.of(
            "unknown seal type",
            dev.replace("seal \"static\"", "seal \"shamir\""),
            "unknown seal type shamir"),
        Arguments.of(
            "self-init under Shamir",
            without(dev, "seal \"static\" {", "\n}\n") + "\n" + selfInit,
            "self-initialization requires auto-unseal"),
        Arguments.of(
            "unknown request key",
            dev + "\n" + selfInit.replace("    allow_failure = true", "    allow_fail = true"),
            "unknown key allow_fail in request \"configure-autopilot\""),
        Arguments.of(
            "unknown initialize key",
            dev
                + "\n"
                + selfInit.replace(
                    "initialize \"user-requests\" {",
                    "initialize \"user-requests\" {\n  retries = 3"),
            "unknown key retries in initialize \"user-requests\""),
        Arguments.of(
            "request without path",
            dev + "\n" + selfInit.replace("    path          = \"auth/token/revoke-self\"\n", ""),
            "'path' must be set in request \"revoke-root-token\""),
        Arguments.of(
            "unknown operation",
            dev + "\n" + selfInit.replaceFirst("operation = \"update\"", "operation = \"write\""),
            "unknown operation write"),
        Arguments.of(
            "duplicate request",
            dev + "\n" + selfInit.replace("request \"policy-demo\"", "request \"demo-user\""),
            "duplicate request \"demo-user\""),
        Arguments.of(
            "duplicate initialize",
            dev
                + "\n"
                + selfInit
                + "\n"
                + selfInit.substring(selfInit.indexOf("initialize \"user")),
            "duplicate initialize \"user-requests\""),
        Arguments.of(
            "invalid request name",
            dev + "\n" + selfInit.replace("request \"demo-user\"", "request \"demo user\""),
            "invalid name for request \"demo user\""),
        Arguments.of(
            "unknown dynamic source key",
            dev + "\n" + selfInit.replace("env_var     =", "variable    ="),
            "unknown key variable in the env source"),
        Arguments.of(
            "dynamic source missing its key",
            dev + "\n" + selfInit.replace("        env_var     = \"BAO_DEMO_PASSWORD\"\n", ""),
            "the env source in request \"demo-user\" of initialize \"baoflow-demo-login\" needs"
                + " env_var"),
        Arguments.of(
            "when that is no condition",
            dev + "\n" + selfInit.replace("    allow_failure = true", "    when = \"yes\""),
            "when in request \"configure-autopilot\" of initialize \"baoflow-bootstrap\" must be"),
        Arguments.of(
            "token that is a list",
            dev + "\n" + selfInit.replace("    allow_failure = true", "    token = [\"t\"]"),
            "token in request \"configure-autopilot\" of initialize \"baoflow-bootstrap\" must"),
        Arguments.of(
            "seal migration",
            dev + "\nseal \"transit\" {\n  disabled = \"true\"\n}\n",
            "only one 'seal' block is permitted"),
        Arguments.of(
            "unknown dynamic source",
            dev + "\n" + selfInit.replace("eval_source = \"env\"", "eval_source = \"vault\""),
            "unknown eval_source vault"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedConfigs")
  void refusesWhatOpenBaoRefuses(String name, String hcl, String message) {
    assertThatThrownBy(() -> NodeConfig.parse(hcl))
        .isInstanceOf(NodeConfigException.class)
        .hasMessageContaining(message);
  }

  @Test
  void readsTheTwoSixRequestSettings() {
    String stanza =
        """
        initialize "extras" {
          when = true
          request "guarded" {
            operation = "read"
            path      = "sys/health"
            token     = { eval_source = "env", env_var = "TOKEN", require_present = true }
            headers   = { "X-Request-Id" = ["a", "b"] }
            when      = { eval_source = "cel", expression = "true" }
          }
        }
        """;

    NodeConfig config = NodeConfig.parse(golden("dev-lane", "config.hcl") + stanza);

    InitializeBlock block = config.initialize().get(0);
    assertThat(block.when()).contains(true);
    InitRequest request = block.requests().get(0);
    assertThat(request.operation()).isEqualTo("read");
    assertThat(request.token())
        .contains(Map.of("eval_source", "env", "env_var", "TOKEN", "require_present", true));
    assertThat(request.headers()).containsEntry("X-Request-Id", List.of("a", "b"));
    assertThat(request.when()).contains(Map.of("eval_source", "cel", "expression", "true"));
    assertThat(request.data()).isEmpty();
  }

  @Test
  void errorsNameTheLineAndColumnOfTheUnknownKey() {
    String dev = golden("dev-lane", "config.hcl");

    assertThatThrownBy(() -> NodeConfig.parse(dev.replace("node_id =", "node_ip =")))
        .hasMessage(
            "error in config at line 19, column 3: unknown key node_ip in storage \"raft\"");
  }

  @Test
  void keyValuesStayOutOfTheSealsText() {
    NodeConfig config =
        NodeConfig.parse(
            golden("dev-lane", "config.hcl")
                .replace(
                    "file:///etc/bao/unseal/key", "c2VjcmV0LWtleS1ieXRlcy0zMi1ieXRlcy1sb25nIQ=="));

    assertThat(config.toString()).doesNotContain("c2VjcmV0").contains("operator-generated-v1");
  }

  private static InitRequest byName(List<InitRequest> requests, String name) {
    return requests.stream()
        .filter(request -> request.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  /** What the entrypoint writes for ordinal 0: the config, a blank line, the self-init file. */
  private static String asEntrypointWrites(String scenario) {
    return golden(scenario, "config.hcl") + "\n" + golden(scenario, "self-init.hcl");
  }

  private static String without(String text, String from, String through) {
    int start = text.indexOf(from);
    int end = text.indexOf(through, start) + through.length();
    assertThat(start).isNotNegative();
    return text.substring(0, start) + text.substring(end);
  }

  private static String golden(String scenario, String file) {
    try {
      return Files.readString(GOLDEN.resolve(scenario).resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
