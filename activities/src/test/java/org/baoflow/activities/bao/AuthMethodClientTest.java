package org.baoflow.activities.bao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baoflow.activities.bao.BaoFixtures.TOKEN;
import static org.baoflow.activities.bao.BaoFixtures.TOKEN_VALUE;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** JWT and Kubernetes auth settings, and the list of enabled methods in both shapes. */
class AuthMethodClientTest {

  private static final String SUBJECT = "system:serviceaccount:baoflow:baoflow-worker";

  @RegisterExtension static final FakeBaoNode NODE = new FakeBaoNode();

  private final FakeBao server = NODE.server();
  private final JwtAuthClient jwt = new JwtAuthClient(NODE.connection());
  private final KubernetesAuthClient kubernetes = new KubernetesAuthClient(NODE.connection());
  private final AuthClient auth = new AuthClient(NODE.connection());

  @Test
  void aDiscoveryConfigSendsOnlyItsKeySource() throws Exception {
    server.reply("POST", "/v1/auth/jwt/config", 204, null);

    jwt.writeConfig(
        TOKEN,
        "jwt",
        JwtAuthConfig.discovery("https://issuer.lane:6443", "CA-PEM", "https://issuer.lane:6443"));

    RecordedRequest request = server.onlyRequest();
    assertThat(request.header("X-Vault-Token")).isEqualTo(TOKEN_VALUE);
    assertThat(BaoJson.MAPPER.readTree(request.body()))
        .isEqualTo(
            BaoJson.MAPPER.readTree(
                "{\"oidc_discovery_url\":\"https://issuer.lane:6443\","
                    + "\"oidc_discovery_ca_pem\":\"CA-PEM\","
                    + "\"bound_issuer\":\"https://issuer.lane:6443\"}"));
  }

  @Test
  void pinnedKeysTravelAsAList() throws Exception {
    server.reply("POST", "/v1/auth/jwt-pinned/config", 204, null);

    jwt.writeConfig(TOKEN, "jwt-pinned", JwtAuthConfig.pinnedKeys(List.of("PEM-1"), null));

    assertThat(BaoJson.MAPPER.readTree(server.onlyRequest().body()))
        .isEqualTo(BaoJson.MAPPER.readTree("{\"jwt_validation_pubkeys\":[\"PEM-1\"]}"));
  }

  @Test
  void aRefusedConfigKeepsTheServersMessage() {
    server.reply(
        "POST",
        "/v1/auth/jwt/config",
        400,
        "{\"errors\":[\"exactly one of 'jwt_validation_pubkeys', 'jwks_url', 'jwks_pairs',"
            + " 'oidc_discovery_url', or 'provider_config' must be set\"]}");

    assertThatThrownBy(
            () ->
                jwt.writeConfig(
                    TOKEN,
                    "jwt",
                    new JwtAuthConfig(null, null, null, null, null, null, null, null, null)))
        .isInstanceOfSatisfying(
            BaoBadRequestException.class,
            e -> assertThat(e.errors().get(0)).startsWith("exactly one of"))
        .hasMessageNotContaining(TOKEN_VALUE);
  }

  @Test
  void aJwtRoleSendsTheTokenFieldsBesideItsBounds() throws Exception {
    server.reply("POST", "/v1/auth/jwt/role/baoflow-operator", 204, null);

    jwt.writeRole(
        TOKEN,
        "jwt",
        "baoflow-operator",
        JwtRole.jwt(
            SUBJECT, List.of("openbao"), TokenSettings.of(List.of("baoflow-operator"), 3600)));

    assertThat(BaoJson.MAPPER.readTree(server.onlyRequest().body()))
        .isEqualTo(
            BaoJson.MAPPER.readTree(
                "{\"role_type\":\"jwt\",\"user_claim\":\"sub\","
                    + "\"bound_audiences\":[\"openbao\"],\"bound_subject\":\""
                    + SUBJECT
                    + "\",\"token_policies\":[\"baoflow-operator\"],\"token_ttl\":3600,"
                    + "\"token_type\":\"service\"}"));
  }

  @Test
  void readingAJwtRoleFillsBoundsAndTokenSettings() {
    server.replyWithResource(
        "GET", "/v1/auth/jwt/role/baoflow-operator", 200, "jwt-role-read.json");

    JwtRole role = jwt.readRole(TOKEN, "jwt", "baoflow-operator");

    assertThat(role.roleType()).isEqualTo("jwt");
    assertThat(role.boundSubject()).isEqualTo(SUBJECT);
    assertThat(role.boundAudiences()).containsExactly("openbao");
    assertThat(role.boundClaims()).isNull();
    assertThat(role.token().policies()).containsExactly("baoflow-operator");
    assertThat(role.token().ttl()).isEqualTo(3600L);
    assertThat(role.token().type()).isEqualTo("default");
  }

  @Test
  void anUnknownRoleIsNotFound() {
    server.replyWithResource("GET", "/v1/auth/kubernetes/role/nobody", 404, "errors-empty.json");

    assertThatThrownBy(() -> kubernetes.readRole(TOKEN, "kubernetes", "nobody"))
        .isInstanceOf(BaoNotFoundException.class);
  }

  @Test
  void aKubernetesConfigNeverShowsTheReviewerJwt() throws Exception {
    server.reply("POST", "/v1/auth/kubernetes/config", 204, null);
    KubernetesAuthConfig config =
        new KubernetesAuthConfig(
            "https://kubernetes.default.svc", "CA-PEM", "reviewer.jwt.secret", null, true);

    kubernetes.writeConfig(TOKEN, "kubernetes", config);

    assertThat(BaoJson.MAPPER.readTree(server.onlyRequest().body()))
        .isEqualTo(
            BaoJson.MAPPER.readTree(
                "{\"kubernetes_host\":\"https://kubernetes.default.svc\","
                    + "\"kubernetes_ca_cert\":\"CA-PEM\","
                    + "\"token_reviewer_jwt\":\"reviewer.jwt.secret\","
                    + "\"disable_local_ca_jwt\":true}"));
    assertThat(config.toString()).doesNotContain("reviewer.jwt.secret").contains("redacted");
  }

  @Test
  void aKubernetesRoleBindsTheServiceAccount() throws Exception {
    server.reply("POST", "/v1/auth/kubernetes/role/worker", 204, null);

    kubernetes.writeRole(
        TOKEN,
        "kubernetes",
        "worker",
        KubernetesRole.of(
            "baoflow-worker", "baoflow", TokenSettings.of(List.of("baoflow-operator"), 600)));

    assertThat(BaoJson.MAPPER.readTree(server.onlyRequest().body()))
        .isEqualTo(
            BaoJson.MAPPER.readTree(
                "{\"bound_service_account_names\":[\"baoflow-worker\"],"
                    + "\"bound_service_account_namespaces\":[\"baoflow\"],"
                    + "\"token_policies\":[\"baoflow-operator\"],\"token_ttl\":600,"
                    + "\"token_type\":\"service\"}"));
  }

  @Test
  void theListOfMethodsIsReadFromData() {
    server.reply(
        "GET",
        "/v1/sys/auth",
        200,
        "{\"request_id\":\"r\",\"lease_id\":\"\",\"renewable\":false,\"lease_duration\":0,"
            + "\"data\":{\"jwt/\":{\"type\":\"jwt\",\"accessor\":\"auth_jwt_1\","
            + "\"config\":{\"token_type\":\"default-service\"},\"options\":null}},"
            + "\"jwt/\":{\"type\":\"jwt\",\"accessor\":\"auth_jwt_1\"},"
            + "\"wrap_info\":null,\"warnings\":null,\"auth\":null}");

    Map<String, MountInfo> methods = auth.list(TOKEN);

    assertThat(methods).containsOnlyKeys("jwt/");
    assertThat(methods.get("jwt/").config()).containsEntry("token_type", "default-service");
    assertThat(methods.get("jwt/").options()).isEmpty();
  }

  @Test
  void theListOfMethodsIsReadFromTheTopLevelWhenDataIsMissing() {
    server.reply(
        "GET",
        "/v1/sys/auth",
        200,
        "{\"request_id\":\"r\",\"lease_id\":\"\",\"token/\":{\"type\":\"token\","
            + "\"accessor\":\"auth_token_1\"},\"kubernetes/\":{\"type\":\"kubernetes\"}}");

    Map<String, MountInfo> methods = auth.list(TOKEN);

    assertThat(methods).containsOnlyKeys("token/", "kubernetes/");
    assertThat(methods.get("token/").accessor()).isEqualTo("auth_token_1");
  }

  @Test
  void disablingAMethodDeletesItsMount() {
    server.reply("DELETE", "/v1/sys/auth/jwt", 204, null);

    auth.disable(TOKEN, "jwt");

    assertThat(server.onlyRequest().method()).isEqualTo("DELETE");
  }
}
