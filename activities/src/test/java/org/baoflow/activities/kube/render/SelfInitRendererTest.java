package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.baoflow.api.v1alpha1.AutopilotSpec;
import org.baoflow.api.v1alpha1.ConfigurationSpec;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.PolicyRequest;
import org.baoflow.api.v1alpha1.Profile;
import org.baoflow.api.v1alpha1.RaftSpec;
import org.baoflow.api.v1alpha1.RequestOperation;
import org.baoflow.api.v1alpha1.SelfInitRequest;
import org.baoflow.api.v1alpha1.UntypedObject;
import org.baoflow.lane.sim.hcl.HclBlock;
import org.baoflow.lane.sim.hcl.HclBody;
import org.baoflow.lane.sim.hcl.HclParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelfInitRendererTest {
  private static final String WORKER = "system:serviceaccount:baoflow-system:baoflow-worker";

  @Test
  void rendersNothingWithoutSelfInitOrForARevisionThatJoinsAnother() {
    ClusterModel disabled =
        BootstrapScenarios.model(
            "dev-lane", cluster -> cluster.getSpec().getSelfInit().setEnabled(false));

    assertThat(render(disabled, ConfigRevision.unrevisioned())).isEmpty();
    assertThat(
            render(BootstrapScenarios.model("gateway-passthrough"), ConfigRevision.unrevisioned()))
        .isEmpty();
    assertThat(render(BootstrapScenarios.model("dev-lane"), ConfigRevision.green("r2", "r1")))
        .isEmpty();
  }

  @Test
  void blocksRunBootstrapThenUserRequestsThenDemoLoginThenRevocation() {
    HclBody file = parse(BootstrapScenarios.model("dev-lane"));

    assertThat(file.blocks("initialize"))
        .extracting(block -> block.labels().get(0))
        .containsExactly(
            "baoflow-bootstrap",
            "user-requests",
            "baoflow-demo-login",
            "baoflow-revoke-root-token");
  }

  @Test
  void jwtAuthUsesOidcDiscoveryOfTheServiceAccountIssuerNeverPinnedKeys() {
    HclBody bootstrap = bootstrap(BootstrapScenarios.model("dev-lane"));

    HclBody enable = request(bootstrap, "enable-jwt-operator");
    assertThat(enable.string("path")).isEqualTo("sys/auth/jwt-operator");
    assertThat(enable.object("data").string("type")).isEqualTo("jwt");
    HclBody config = request(bootstrap, "configure-jwt-operator");
    assertThat(config.string("path")).isEqualTo("auth/jwt-operator/config");
    HclBody data = config.object("data");
    assertThat(data.string("oidc_discovery_url"))
        .isEqualTo("https://kubernetes.default.svc.cluster.local");
    assertThat(data.string("bound_issuer"))
        .isEqualTo("https://kubernetes.default.svc.cluster.local");
    assertThat(data.object("oidc_discovery_ca_pem").string("eval_source")).isEqualTo("file");
    assertThat(data.object("oidc_discovery_ca_pem").string("eval_type")).isEqualTo("string");
    assertThat(data.object("oidc_discovery_ca_pem").string("path"))
        .isEqualTo(PodLayout.KUBERNETES_CA_FILE);
    assertThat(data.get("skip_jwks_validation")).isEqualTo(true);
    assertThat(data.keys()).doesNotContain("jwt_validation_pubkeys", "jwks_url");
  }

  @Test
  void anIssuerOverrideReplacesThePlatformIssuer() {
    ClusterModel model =
        BootstrapScenarios.model(
            "dev-lane",
            cluster ->
                cluster
                    .getSpec()
                    .getSelfInit()
                    .getOidc()
                    .setIssuer("https://oidc.example/cluster"));

    HclBody data = request(bootstrap(model), "configure-jwt-operator").object("data");

    assertThat(data.string("oidc_discovery_url")).isEqualTo("https://oidc.example/cluster");
    assertThat(data.string("bound_issuer")).isEqualTo("https://oidc.example/cluster");
  }

  @Test
  void rolesBindTheWorkerWithTheAudienceToOneLeastPrivilegePolicyEach() {
    HclBody bootstrap = bootstrap(BootstrapScenarios.model("hardened-transit"));

    assertThat(role(bootstrap, "openbao-operator"))
        .containsEntry("policies", List.of("openbao-operator"));
    assertThat(role(bootstrap, "prod-backup"))
        .containsEntry("policies", List.of("openbao-operator-backup"));
    assertThat(role(bootstrap, "openbao-operator-upgrade"))
        .containsEntry("policies", List.of("openbao-operator-upgrade"));
    assertThat(role(bootstrap, "prod-restore"))
        .containsEntry("policies", List.of("openbao-operator-restore"));
    for (HclBlock block : bootstrap.blocks("request")) {
      HclBody request = block.body();
      if (request.string("path").startsWith("auth/jwt-operator/role/")) {
        HclBody data = request.object("data");
        assertThat(data.string("role_type")).isEqualTo("jwt");
        assertThat(data.string("user_claim")).isEqualTo("sub");
        assertThat(data.list("bound_audiences")).containsExactly("openbao-prod");
        assertThat(data.string("bound_subject")).isEqualTo(WORKER);
        assertThat(data.string("token_ttl")).isEqualTo("1h");
      }
    }
  }

  @Test
  void operationsConfiguredWithTheSameRoleShareItWithBothPolicies() {
    ClusterModel model =
        BootstrapScenarios.model(
            "dev-lane",
            cluster -> cluster.getSpec().getBackup().setJwtAuthRole("openbao-operator"));

    HclBody bootstrap = bootstrap(model);

    assertThat(role(bootstrap, "openbao-operator"))
        .containsEntry("policies", List.of("openbao-operator", "openbao-operator-backup"));
    assertThat(
            bootstrap.blocks("request").stream()
                .filter(block -> block.body().string("path").startsWith("auth/jwt-operator/role/")))
        .hasSize(3);
  }

  @Test
  void policiesGrantWhatEachOperationNeeds() {
    HclBody bootstrap = bootstrap(BootstrapScenarios.model("dev-lane"));

    assertThat(policy(bootstrap, "openbao-operator"))
        .containsEntry("sys/health", List.of("read"))
        .containsEntry("sys/step-down", List.of("update", "sudo"))
        .containsEntry("sys/storage/raft/configuration", List.of("read"))
        .containsEntry("sys/storage/raft/autopilot/configuration", List.of("read", "update"))
        .containsEntry("sys/storage/raft/autopilot/state", List.of("read", "update"))
        .containsEntry("sys/storage/raft/remove-peer", List.of("update"))
        .containsEntry("auth/token/lookup-self", List.of("read"));
    assertThat(policy(bootstrap, "openbao-operator-backup"))
        .containsExactlyEntriesOf(Map.of("sys/storage/raft/snapshot", List.of("read")));
    assertThat(policy(bootstrap, "openbao-operator-upgrade"))
        .containsKeys(
            "sys/storage/raft/join",
            "sys/storage/raft/configuration",
            "sys/storage/raft/remove-peer",
            "sys/storage/raft/promote",
            "sys/storage/raft/demote",
            "sys/storage/raft/autopilot/configuration")
        .containsEntry("sys/step-down", List.of("update", "sudo"));
    assertThat(policy(bootstrap, "openbao-operator-restore"))
        .containsEntry("sys/storage/raft/snapshot", List.of("update"))
        .containsEntry("sys/storage/raft/snapshot-force", List.of("update"))
        .containsEntry("sys/health", List.of("read"))
        .containsEntry("sys/leader", List.of("read"));
  }

  @Test
  void withoutOidcOnlyAutopilotIsBootstrapped() {
    ClusterModel model =
        BootstrapScenarios.model(
            "dev-lane", cluster -> cluster.getSpec().getSelfInit().getOidc().setEnabled(false));

    assertThat(bootstrap(model).blocks("request"))
        .extracting(block -> block.labels().get(0))
        .containsExactly("configure-autopilot");
  }

  @Test
  void anAbsentOidcSectionMeansTheDefaultedOne() {
    ClusterModel model =
        BootstrapScenarios.model(
            "dev-lane", cluster -> cluster.getSpec().getSelfInit().setOidc(null));

    assertThat(request(bootstrap(model), "enable-jwt-operator").string("path"))
        .isEqualTo("sys/auth/jwt-operator");
    assertThat(
            request(bootstrap(model), "role-openbao-operator")
                .object("data")
                .list("bound_audiences"))
        .containsExactly("openbao-internal");
  }

  @ParameterizedTest
  @CsvSource({"1, , 3", "3, , 3", "5, , 5", "5, 4, 4"})
  void autopilotMinQuorumDefaultsToAtLeastThreeAndTheReplicas(
      int replicas, Integer minQuorum, int expected) {
    ClusterModel model =
        BootstrapScenarios.model(
            "dev-lane",
            cluster -> {
              cluster.getSpec().setReplicas(replicas);
              AutopilotSpec autopilot = new AutopilotSpec();
              autopilot.setMinQuorum(minQuorum);
              RaftSpec raft = new RaftSpec();
              raft.setAutopilot(autopilot);
              ConfigurationSpec configuration = new ConfigurationSpec();
              configuration.setRaft(raft);
              cluster.getSpec().setConfiguration(configuration);
            });

    HclBody autopilot = request(bootstrap(model), "configure-autopilot");

    assertThat(autopilot.string("path")).isEqualTo("sys/storage/raft/autopilot/configuration");
    assertThat(autopilot.get("allow_failure")).isEqualTo(true);
    HclBody data = autopilot.object("data");
    assertThat(data.get("min_quorum")).hasToString(Integer.toString(expected));
    assertThat(data.get("cleanup_dead_servers")).isEqualTo(true);
    assertThat(data.string("dead_server_last_contact_threshold")).isEqualTo("5m");
  }

  @Test
  void demoLoginSkipsEnablingUserpassWhenTheUserDoesIt() {
    HclBody demo =
        parse(BootstrapScenarios.model("dev-lane")).block("initialize", "baoflow-demo-login");

    assertThat(demo.blocks("request"))
        .extracting(block -> block.labels().get(0))
        .containsExactly("policy-demo", "demo-user");
  }

  @Test
  void demoLoginEnablesUserpassItselfOtherwise() {
    ClusterModel model =
        BootstrapScenarios.model(
            "dev-lane", cluster -> cluster.getSpec().getSelfInit().setRequests(null));

    HclBody demo = parse(model).block("initialize", "baoflow-demo-login");

    assertThat(request(demo, "enable-userpass").string("path")).isEqualTo("sys/auth/userpass");
    assertThat(request(demo, "enable-userpass").object("data").string("type"))
        .isEqualTo("userpass");
    assertThat(parse(model).blocks("initialize"))
        .noneMatch(block -> block.labels().contains("user-requests"));
  }

  @Test
  void userpassRequestedWithSlashesStillCountsAsTheUsers() {
    ClusterModel model =
        BootstrapScenarios.model(
            "dev-lane",
            cluster ->
                cluster
                    .getSpec()
                    .getSelfInit()
                    .getRequests()
                    .get(0)
                    .setPath("/sys/auth/userpass/"));

    assertThat(parse(model).block("initialize", "baoflow-demo-login").blocks("request"))
        .extracting(block -> block.labels().get(0))
        .doesNotContain("enable-userpass");
  }

  @Test
  void theDemoPasswordComesFromTheEnvironmentOnly() {
    String text =
        SelfInitRenderer.render(
                BootstrapScenarios.model("dev-lane"),
                BootstrapScenarios.PLATFORM,
                ConfigRevision.unrevisioned())
            .orElseThrow();
    HclBody user =
        request(HclParser.parse(text).block("initialize", "baoflow-demo-login"), "demo-user");

    assertThat(user.string("path")).isEqualTo("auth/userpass/users/demo");
    HclBody password = user.object("data").object("password");
    assertThat(password.string("eval_source")).isEqualTo("env");
    assertThat(password.string("env_var")).isEqualTo(PodLayout.ENV_DEMO_PASSWORD);
    assertThat(user.object("data").list("token_policies")).containsExactly("demo");
    assertThat(policy(HclParser.parse(text).block("initialize", "baoflow-demo-login"), "demo"))
        .doesNotContainKeys("*", "sys/*")
        .containsEntry("secret/*", List.of("create", "read", "update", "patch", "delete", "list"));
  }

  @Test
  void noDemoLoginInTheHardenedProfile() {
    ClusterModel model =
        BootstrapScenarios.model(
            "dev-lane", cluster -> cluster.getSpec().setProfile(Profile.HARDENED));

    assertThat(parse(model).blocks("initialize"))
        .noneMatch(block -> block.labels().contains("baoflow-demo-login"));
  }

  @Test
  void typedPayloadsBecomeTheirRequestBodies() {
    HclBody user =
        parse(BootstrapScenarios.model("hardened-transit")).block("initialize", "user-requests");

    HclBody auth = request(user, "enable-kubernetes-auth").object("data");
    assertThat(auth.keys()).containsExactly("type", "description", "config");
    assertThat(auth.object("config").string("listing_visibility")).isEqualTo("hidden");
    HclBody engine = request(user, "enable-kv").object("data");
    assertThat(engine.keys()).containsExactly("type", "description", "options");
    assertThat(engine.object("options").string("version")).isEqualTo("2");
    assertThat(request(user, "apps-read-policy").object("data").string("policy"))
        .isEqualTo("path \"secret/data/apps/*\" {\n  capabilities = [\"read\"]\n}\n");
    HclBody raw = request(user, "configure-kubernetes-auth").object("data");
    assertThat(raw.get("disable_local_ca_jwt")).isEqualTo(false);
    assertThat(raw.string("kubernetes_host")).isEqualTo("https://kubernetes.default.svc");
    HclBody tune = request(user, "tune-default-lease");
    assertThat(tune.get("allow_failure")).isEqualTo(true);
    assertThat(tune.object("data").get("default_lease_ttl")).hasToString("3600");
    assertThat(request(user, "enable-kv").has("allow_failure")).isFalse();
  }

  @Test
  void auditDevicesAreNotSentToTheApi() {
    ClusterModel model =
        withRequests(
            list ->
                list.addAll(
                    List.of(
                        new KubernetesSerialization()
                            .unmarshal(
                                """
                                - name: audit-file
                                  operation: update
                                  path: sys/audit/file
                                  auditDevice: {type: file, fileOptions: {filePath: stdout}}
                                - name: enable-kv
                                  operation: update
                                  path: sys/mounts/secret
                                  secretEngine: {type: kv}
                                """,
                                SelfInitRequest[].class))));

    HclBody user =
        HclParser.parse(render(model, ConfigRevision.unrevisioned()).orElseThrow())
            .block("initialize", "user-requests");

    assertThat(user.blocks("request"))
        .extracting(HclBlock::labels)
        .containsExactly(List.of("enable-kv"));
  }

  @Test
  void requestsWithoutPayloadHaveNoData() {
    HclBody user =
        userRequests(
            """
            - name: drop-default
              operation: delete
              path: sys/mounts/cubbyhole-copy
            """);

    HclBody request = request(user, "drop-default");
    assertThat(request.string("operation")).isEqualTo("delete");
    assertThat(request.has("data")).isFalse();
  }

  @Test
  void refusesARequestWithTwoPayloads() {
    ClusterModel model =
        withRequests(
            requests -> {
              SelfInitRequest both = new SelfInitRequest();
              both.setName("both");
              both.setOperation(RequestOperation.UPDATE);
              both.setPath("sys/policies/acl/x");
              PolicyRequest policy = new PolicyRequest();
              policy.setPolicy("path \"x\" {}");
              both.setPolicy(policy);
              both.setData(new UntypedObject(Map.of("policy", "y")));
              requests.add(both);
            });

    assertThatThrownBy(() -> render(model, ConfigRevision.unrevisioned()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both");
  }

  @Test
  void hostileRequestValuesStayInsideTheirStrings() {
    String hostile = "x\"}\n}\ninitialize \"evil\" {\n${y} %{z} \\";
    ClusterModel model =
        withRequests(
            requests -> {
              SelfInitRequest request = new SelfInitRequest();
              request.setName("hostile");
              request.setOperation(RequestOperation.UPDATE);
              request.setPath(hostile);
              request.setData(
                  new UntypedObject(Map.of(hostile, List.of(hostile, Map.of("k", hostile)))));
              requests.add(request);
            });

    HclBody file = HclParser.parse(render(model, ConfigRevision.unrevisioned()).orElseThrow());

    assertThat(file.blocks("initialize")).noneMatch(block -> block.labels().contains("evil"));
    HclBody request = request(file.block("initialize", "user-requests"), "hostile");
    assertThat(request.string("path")).isEqualTo(hostile);
    List<?> values = (List<?>) request.object("data").get(hostile);
    assertThat(values.get(0)).isEqualTo(hostile);
    assertThat(((HclBody) values.get(1)).string("k")).isEqualTo(hostile);
  }

  @ParameterizedTest
  @CsvSource({
    "2.4.4, true",
    "2.5.9, true",
    "2.6.0, false",
    "2.6.0-rc1, false",
    "3.0.0, false",
    "1.9.9, true"
  })
  void revokesTheRootTokenOnVersionsThatKeepIt(String version, boolean revokes) {
    ClusterModel model =
        BootstrapScenarios.model("dev-lane", cluster -> cluster.getSpec().setVersion(version));

    List<HclBlock> blocks = parse(model).blocks("initialize");

    assertThat(
            blocks.stream().anyMatch(block -> block.labels().contains("baoflow-revoke-root-token")))
        .isEqualTo(revokes);
    if (revokes) {
      HclBody revoke = blocks.get(blocks.size() - 1).body().block("request", "revoke-root-token");
      assertThat(revoke.string("path")).isEqualTo("auth/token/revoke-self");
      assertThat(revoke.string("operation")).isEqualTo("update");
    }
  }

  @Test
  void everyPolicyTextIsWellFormedHcl() {
    HclBody file = parse(BootstrapScenarios.model("dev-lane"));

    for (HclBlock initialize : file.blocks("initialize")) {
      for (HclBlock request : initialize.body().blocks("request")) {
        if (request.body().string("path").startsWith("sys/policies/acl/")) {
          assertThat(HclParser.parse(request.body().object("data").string("policy")).blocks("path"))
              .isNotEmpty();
        }
      }
    }
  }

  private static java.util.Optional<String> render(ClusterModel model, ConfigRevision revision) {
    return SelfInitRenderer.render(model, BootstrapScenarios.PLATFORM, revision);
  }

  private static HclBody parse(ClusterModel model) {
    return HclParser.parse(render(model, ConfigRevision.unrevisioned()).orElseThrow());
  }

  private static HclBody bootstrap(ClusterModel model) {
    return parse(model).block("initialize", "baoflow-bootstrap");
  }

  private static HclBody request(HclBody initialize, String name) {
    return initialize.block("request", name);
  }

  /** Role path suffix to its policies, for the role named {@code role}. */
  private static Map<String, Object> role(HclBody bootstrap, String role) {
    HclBody data =
        bootstrap.blocks("request").stream()
            .map(HclBlock::body)
            .filter(request -> request.string("path").equals("auth/jwt-operator/role/" + role))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no role " + role))
            .object("data");
    return Map.of("policies", data.get("token_policies"));
  }

  /** Path to capabilities of the policy named {@code name}, parsed from its text. */
  private static Map<String, Object> policy(HclBody initialize, String name) {
    String text =
        initialize.blocks("request").stream()
            .map(HclBlock::body)
            .filter(request -> request.string("path").equals("sys/policies/acl/" + name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no policy " + name))
            .object("data")
            .string("policy");
    Map<String, Object> rules = new java.util.LinkedHashMap<>();
    for (HclBlock path : HclParser.parse(text).blocks("path")) {
      rules.put(path.labels().get(0), path.body().get("capabilities"));
    }
    return rules;
  }

  private static HclBody userRequests(String yaml) {
    List<SelfInitRequest> requests =
        List.of(new KubernetesSerialization().unmarshal(yaml, SelfInitRequest[].class));
    ClusterModel model = withRequests(list -> list.addAll(requests));
    return HclParser.parse(render(model, ConfigRevision.unrevisioned()).orElseThrow())
        .block("initialize", "user-requests");
  }

  private static ClusterModel withRequests(Consumer<List<SelfInitRequest>> change) {
    return BootstrapScenarios.model(
        "hardened-transit",
        (OpenBaoCluster cluster) -> {
          List<SelfInitRequest> requests = new ArrayList<>();
          change.accept(requests);
          cluster.getSpec().getSelfInit().setRequests(requests);
        });
  }
}
