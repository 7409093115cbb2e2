package org.baoflow.activities.bao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baoflow.activities.bao.BaoFixtures.TOKEN;
import static org.baoflow.activities.bao.BaoFixtures.TOKEN_VALUE;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Auth mounts, logins and the caller's own token against the reference's bodies. */
class AuthClientTest {

  private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ3b3JrZXIifQ.c2lnbmF0dXJl";

  @RegisterExtension static final FakeBaoNode NODE = new FakeBaoNode();

  private final FakeBao server = NODE.server();
  private final AuthClient auth = new AuthClient(NODE.connection());

  @Test
  void enablingAMethodPostsItsTypeToTheMountPath() throws Exception {
    server.reply("POST", "/v1/sys/auth/jwt", 204, null);

    auth.enable(
        TOKEN,
        "jwt",
        new EnableAuthRequest(
            "jwt", "worker login", null, null, null, null, null, Map.of("token_type", "service")));

    RecordedRequest request = server.onlyRequest();
    assertThat(request.header("X-Vault-Token")).isEqualTo(TOKEN_VALUE);
    assertThat(BaoJson.MAPPER.readTree(request.body()))
        .isEqualTo(
            BaoJson.MAPPER.readTree(
                "{\"type\":\"jwt\",\"description\":\"worker login\","
                    + "\"config\":{\"token_type\":\"service\"}}"));
  }

  @Test
  void enablingAPathInUseIsABadRequestWithTheServersMessage() {
    server.replyWithResource("POST", "/v1/sys/auth/jwt", 400, "errors-path-in-use.json");

    assertThatThrownBy(() -> auth.enable(TOKEN, "jwt", EnableAuthRequest.of("jwt", null)))
        .isInstanceOfSatisfying(
            BaoBadRequestException.class,
            e -> assertThat(e.errors()).containsExactly("path is already in use at jwt/"))
        .hasMessageNotContaining(TOKEN_VALUE);
  }

  @Test
  void jwtLoginReadsTheAuthEnvelope() throws Exception {
    server.replyWithResource("POST", "/v1/auth/jwt/login", 200, "login-jwt.json");

    AuthInfo info = auth.jwtLogin("jwt", "baoflow-operator", JWT);

    RecordedRequest request = server.onlyRequest();
    assertThat(request.hasHeader("X-Vault-Token")).isFalse();
    assertThat(BaoJson.MAPPER.readTree(request.body()))
        .isEqualTo(
            BaoJson.MAPPER.readTree("{\"role\":\"baoflow-operator\",\"jwt\":\"" + JWT + "\"}"));
    assertThat(info.token().reveal()).isEqualTo("hvs.CAESIJWTloginSecretToken");
    assertThat(info.policies()).containsExactly("baoflow-operator", "default");
    assertThat(info.tokenPolicies()).containsExactly("baoflow-operator", "default");
    assertThat(info.identityPolicies()).isNull();
    assertThat(info.metadata()).containsEntry("role", "baoflow-operator");
    assertThat(info.leaseDuration()).isEqualTo(3600L);
    assertThat(info.renewable()).isTrue();
    assertThat(info.orphan()).isTrue();
    assertThat(info.tokenType()).isEqualTo("service");
    assertThat(info.toString()).doesNotContain("hvs.CAESIJWTloginSecretToken");
  }

  @Test
  void aRefusedJwtKeepsTheServersMessageAndNotTheJwt() {
    server.replyWithResource("POST", "/v1/auth/jwt/login", 400, "errors-jwt-audience.json");

    assertThatThrownBy(() -> auth.jwtLogin("jwt", "baoflow-operator", JWT))
        .isInstanceOf(BaoBadRequestException.class)
        .hasMessageContaining("invalid audience (aud) claim")
        .hasMessageNotContaining(JWT);
  }

  @Test
  void kubernetesLoginOnACustomMountReadsTheServiceAccountMetadata() throws Exception {
    server.replyWithResource("POST", "/v1/auth/k8s/lane/login", 200, "login-kubernetes.json");

    AuthInfo info = auth.kubernetesLogin("k8s/lane", "demo", JWT);

    assertThat(BaoJson.MAPPER.readTree(server.onlyRequest().body()))
        .isEqualTo(BaoJson.MAPPER.readTree("{\"role\":\"demo\",\"jwt\":\"" + JWT + "\"}"));
    assertThat(info.metadata())
        .containsEntry("service_account_name", "baoflow-worker")
        .containsEntry("service_account_namespace", "baoflow");
    assertThat(info.identityPolicies()).containsExactly("team-demo");
  }

  @Test
  void kubernetesLoginOfAnUnauthorizedAccountIsPermissionDenied() {
    server.replyWithResource(
        "POST", "/v1/auth/kubernetes/login", 403, "errors-permission-denied.json");

    assertThatThrownBy(() -> auth.kubernetesLogin("kubernetes", "demo", JWT))
        .isInstanceOf(BaoPermissionDeniedException.class);
  }

  @Test
  void userpassLoginPostsThePasswordToTheUsersPath() throws Exception {
    server.replyWithResource("POST", "/v1/auth/userpass/login/demo%20user", 200, "login-jwt.json");

    auth.userpassLogin("userpass", "demo user", "s3cret-pass");

    RecordedRequest request = server.onlyRequest();
    assertThat(request.path()).isEqualTo("/v1/auth/userpass/login/demo%20user");
    assertThat(BaoJson.MAPPER.readTree(request.body()))
        .isEqualTo(BaoJson.MAPPER.readTree("{\"password\":\"s3cret-pass\"}"));
  }

  @Test
  void lookupSelfOfARootToken() {
    server.replyWithResource("GET", "/v1/auth/token/lookup-self", 200, "lookup-self-root.json");

    TokenLookup lookup = auth.lookupSelf(TOKEN);

    assertThat(server.onlyRequest().header("X-Vault-Token")).isEqualTo(TOKEN_VALUE);
    assertThat(lookup.policies()).containsExactly("root");
    assertThat(lookup.path()).isEqualTo("auth/token/root");
    assertThat(lookup.ttl()).isZero();
    assertThat(lookup.expireTime()).isNull();
    assertThat(lookup.meta()).isNull();
    assertThat(lookup.type()).isEqualTo("service");
    assertThat(lookup.creationTime()).isEqualTo(1795459083L);
    assertThat(lookup.toString()).doesNotContain("hvs.ROOTsecretToken0123456789");
  }

  @Test
  void lookupSelfWithAnInvalidTokenIsPermissionDeniedWithoutTheToken() {
    server.replyWithResource(
        "GET", "/v1/auth/token/lookup-self", 403, "errors-permission-denied.json");

    assertThatThrownBy(() -> auth.lookupSelf(TOKEN))
        .isInstanceOf(BaoPermissionDeniedException.class)
        .hasMessageContaining("permission denied")
        .hasMessageNotContaining(TOKEN_VALUE);
  }

  @Test
  void revokeSelfPostsWithTheToken() {
    server.reply("POST", "/v1/auth/token/revoke-self", 204, null);

    auth.revokeSelf(TOKEN);

    RecordedRequest request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.header("X-Vault-Token")).isEqualTo(TOKEN_VALUE);
  }

  @Test
  void theTokenHolderIsAskedOnEveryCall() {
    server.reply("POST", "/v1/auth/token/revoke-self", 204, null);
    BaoToken[] current = {BaoToken.of("hvs.first")};
    BaoTokenHolder holder = () -> current[0];

    auth.revokeSelf(holder);
    current[0] = BaoToken.of("hvs.second");
    auth.revokeSelf(holder);

    assertThat(server.requests())
        .extracting(request -> request.header("X-Vault-Token"))
        .containsExactly("hvs.first", "hvs.second");
  }
}
