package org.baoflow.lane.sim.bao.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.kube.auth.ServiceAccount;
import org.baoflow.lane.sim.kube.auth.ServiceAccountIssuer;
import org.baoflow.lane.sim.kube.auth.SigningAlgorithm;
import org.baoflow.lane.sim.kube.auth.SigningKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JwtAuthTest {

  private static final String ONE_SOURCE =
      "[\"exactly one of 'jwt_validation_pubkeys', 'jwks_url', 'jwks_pairs', 'oidc_discovery_url',"
          + " or 'provider_config' must be set\"]";

  private AuthFixture lane;

  @BeforeEach
  void setUp() {
    lane = new AuthFixture();
    lane.jwtLikeSelfInit();
  }

  @Test
  void workerLogsInThroughDiscoveryAndGetsTheRolesPolicies() {
    BaoResponse response =
        lane.jwtLogin("openbao-operator", lane.token(AuthFixture.WORKER, "openbao-internal"));

    assertThat(response.status()).isEqualTo(200);
    JsonNode auth = response.body().path("auth");
    assertThat(auth.path("client_token").asText()).startsWith("hvs.");
    assertThat(auth.path("accessor").asText()).isNotEmpty().doesNotStartWith("hvs.");
    assertThat(auth.path("policies").toString()).isEqualTo("[\"default\",\"openbao-operator\"]");
    assertThat(auth.path("token_policies")).isEqualTo(auth.path("policies"));
    assertThat(auth.path("metadata").toString()).isEqualTo("{\"role\":\"openbao-operator\"}");
    assertThat(auth.path("lease_duration").asLong()).isEqualTo(3600);
    assertThat(auth.path("renewable").asBoolean()).isTrue();
    assertThat(auth.path("entity_id").asText()).isNotEmpty();
    assertThat(auth.path("token_type").asText()).isEqualTo("service");
    assertThat(auth.path("orphan").asBoolean()).isTrue();
    assertThat(auth.path("num_uses").asInt()).isZero();
    assertThat(response.body().path("data").isNull()).isTrue();
    assertThat(lane.auth.tokens().lookup(auth.path("client_token").asText())).isPresent();
  }

  @Test
  void theSameIdentityKeepsItsEntityAcrossLogins() {
    String first =
        lane.jwtLogin("openbao-operator", lane.token(AuthFixture.WORKER, "openbao-internal"))
            .body()
            .path("auth")
            .path("entity_id")
            .asText();
    String second =
        lane.jwtLogin("openbao-operator", lane.token(AuthFixture.WORKER, "openbao-internal"))
            .body()
            .path("auth")
            .path("entity_id")
            .asText();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void anotherSubjectIsRefused() {
    ServiceAccount other = new ServiceAccount("baoflow-system", "intruder", "uid-x");
    BaoResponse response = lane.jwtLogin("openbao-operator", lane.token(other, "openbao-internal"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(AuthFixture.errors(response)).contains("invalid subject claim (sub)");
  }

  @Test
  void anotherAudienceIsRefused() {
    BaoResponse response =
        lane.jwtLogin("openbao-operator", lane.token(AuthFixture.WORKER, "vault"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(AuthFixture.errors(response)).contains("invalid audience claim (aud)");
  }

  @Test
  void anExpiredTokenIsRefusedOnceTheLeewaysHavePassed() {
    String token = lane.token(AuthFixture.WORKER, "openbao-internal");
    // exp + 150 s expiration leeway + 60 s clock skew is still accepted ...
    lane.clock.advance(Duration.ofHours(1).plusSeconds(210));
    assertThat(lane.jwtLogin("openbao-operator", token).status()).isEqualTo(200);
    // ... one second later it is not.
    lane.clock.advance(Duration.ofSeconds(1));
    BaoResponse response = lane.jwtLogin("openbao-operator", token);
    assertThat(response.status()).isEqualTo(400);
    assertThat(AuthFixture.errors(response)).contains("token is expired (exp)");
  }

  @Test
  void aTokenOfAnotherClusterWithTheSameIssuerNameFailsTheSignature() {
    ServiceAccountIssuer otherCluster =
        new ServiceAccountIssuer(
            ServiceAccountIssuer.DEFAULT_ISSUER,
            AuthFixture.key(SigningAlgorithm.ES256),
            lane.clock);
    String token =
        otherCluster
            .issue(AuthFixture.WORKER, List.of("openbao-internal"), Duration.ofHours(1), null)
            .token();
    BaoResponse response = lane.jwtLogin("openbao-operator", token);
    assertThat(response.status()).isEqualTo(400);
    assertThat(AuthFixture.errors(response))
        .contains("no known key successfully validated the token signature");
  }

  @Test
  void aTokenOfAnotherIssuerFailsTheIssuerCheck() {
    ServiceAccountIssuer otherIssuer =
        new ServiceAccountIssuer(
            "https://other.example", AuthFixture.key(SigningAlgorithm.RS256), lane.clock);
    String token =
        otherIssuer
            .issue(AuthFixture.WORKER, List.of("openbao-internal"), Duration.ofHours(1), null)
            .token();
    BaoResponse response = lane.jwtLogin("openbao-operator", token);
    assertThat(response.status()).isEqualTo(400);
    assertThat(AuthFixture.errors(response)).contains("invalid issuer claim (iss)");
  }

  @Test
  void aTamperedTokenFailsTheSignature() {
    String token =
        lane.token(new ServiceAccount("baoflow-system", "intruder", "u"), "openbao-internal");
    String[] parts = token.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("intruder", "baoflow-worker");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    BaoResponse response = lane.jwtLogin("openbao-operator", forged);
    assertThat(response.status()).isEqualTo(400);
    assertThat(AuthFixture.errors(response))
        .contains("no known key successfully validated the token signature");
  }

  @Test
  void loginNeedsAKnownJwtRoleAndAToken() {
    assertThat(AuthFixture.errors(lane.jwtLogin("nope", "x")))
        .isEqualTo("[\"role \\\"nope\\\" could not be found\"]");
    assertThat(AuthFixture.errors(lane.jwtLogin("openbao-operator", "")))
        .isEqualTo("[\"missing token\"]");
    lane.write(
        "auth/jwt-operator/role/browser",
        "{\"user_claim\":\"sub\",\"allowed_redirect_uris\":[\"https://ui\"]}");
    assertThat(AuthFixture.errors(lane.jwtLogin("browser", "x")))
        .isEqualTo("[\"role with oidc role_type is not allowed\"]");
  }

  @Test
  void roleValidationUsesOpenBaosTexts() {
    BaoResponse noClaim =
        lane.root(
            Capability.UPDATE,
            "auth/jwt-operator/role/r",
            "{\"role_type\":\"jwt\",\"bound_subject\":\"s\"}");
    assertThat(AuthFixture.errors(noClaim))
        .isEqualTo("[\"a user claim must be defined on the role\"]");
    BaoResponse unbound =
        lane.root(
            Capability.UPDATE,
            "auth/jwt-operator/role/r",
            "{\"role_type\":\"jwt\",\"user_claim\":\"sub\"}");
    assertThat(AuthFixture.errors(unbound))
        .isEqualTo("[\"must have at least one bound constraint when creating/updating a role\"]");
    JsonNode role =
        lane.root(Capability.READ, "auth/jwt-operator/role/openbao-operator", null)
            .body()
            .path("data");
    assertThat(role.path("token_ttl").asLong()).isEqualTo(3600);
    assertThat(role.path("bound_audiences").toString()).isEqualTo("[\"openbao-internal\"]");
  }

  @Test
  void configNeedsExactlyOneKeySource() {
    assertThat(AuthFixture.errors(lane.root(Capability.UPDATE, "auth/jwt-operator/config", "{}")))
        .isEqualTo(ONE_SOURCE);
    assertThat(
            AuthFixture.errors(
                lane.root(
                    Capability.UPDATE,
                    "auth/jwt-operator/config",
                    "{\"jwks_url\":\"https://a/jwks\",\"oidc_discovery_url\":\"https://a\"}")))
        .isEqualTo(ONE_SOURCE);
  }

  @Test
  void discoveryIsCheckedAtWriteUnlessSkipped() {
    BaoResponse unreachable =
        lane.root(
            Capability.UPDATE,
            "auth/jwt-operator/config",
            "{\"oidc_discovery_url\":\"https://unreachable.example\"}");
    assertThat(unreachable.status()).isEqualTo(400);
    assertThat(AuthFixture.errors(unreachable))
        .startsWith("[\"error checking oidc discovery URL: ");
    BaoResponse reachable =
        lane.root(
            Capability.UPDATE,
            "auth/jwt-operator/config",
            "{\"oidc_discovery_url\":\"" + ServiceAccountIssuer.DEFAULT_ISSUER + "\"}");
    assertThat(reachable.status()).isEqualTo(204);
  }

  @Test
  void aJwksUrlVerifiesTheIssuersTokens() {
    lane.write(
        "auth/jwt-operator/config",
        "{\"jwks_url\":\"" + ServiceAccountIssuer.DEFAULT_ISSUER + "/openid/v1/jwks\"}");
    BaoResponse response =
        lane.jwtLogin("openbao-operator", lane.token(AuthFixture.WORKER, "openbao-internal"));
    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void theDiscoveryCaIsTrustedForDiscoveryAndItsJwksAndReadBack() {
    String pem = "-----BEGIN CERTIFICATE-----\nY2x1c3Rlci1jYQ==\n-----END CERTIFICATE-----\n";
    lane.write(
        "auth/jwt-operator/config",
        "{\"oidc_discovery_url\":\""
            + ServiceAccountIssuer.DEFAULT_ISSUER
            + "\",\"oidc_discovery_ca_pem\":"
            + AuthFixture.MAPPER.valueToTree(pem)
            + "}");
    lane.fetches.clear();
    // The write above checked discovery, this login fetches the discovery document and the JWKS.
    assertThat(
            lane.jwtLogin("openbao-operator", lane.token(AuthFixture.WORKER, "openbao-internal"))
                .status())
        .isEqualTo(200);
    assertThat(lane.fetches)
        .containsExactly(
            new AuthFixture.Fetch(
                ServiceAccountIssuer.DEFAULT_ISSUER + "/.well-known/openid-configuration", pem),
            new AuthFixture.Fetch(ServiceAccountIssuer.DEFAULT_ISSUER + "/openid/v1/jwks", pem));
    JsonNode config =
        lane.root(Capability.READ, "auth/jwt-operator/config", null).body().path("data");
    assertThat(config.path("oidc_discovery_ca_pem").asText()).isEqualTo(pem);
    assertThat(config.path("jwks_ca_pem").asText()).isEmpty();
  }

  @Test
  void theJwksCaIsTrustedForTheJwksUrl() {
    String jwksUrl = ServiceAccountIssuer.DEFAULT_ISSUER + "/openid/v1/jwks";
    lane.write(
        "auth/jwt-operator/config",
        "{\"jwks_url\":\"" + jwksUrl + "\",\"jwks_ca_pem\":\"jwks-ca\"}");
    assertThat(lane.fetches).last().isEqualTo(new AuthFixture.Fetch(jwksUrl, "jwks-ca"));
    lane.fetches.clear();
    assertThat(
            lane.jwtLogin("openbao-operator", lane.token(AuthFixture.WORKER, "openbao-internal"))
                .status())
        .isEqualTo(200);
    assertThat(lane.fetches).containsExactly(new AuthFixture.Fetch(jwksUrl, "jwks-ca"));
    assertThat(
            lane.root(Capability.READ, "auth/jwt-operator/config", null)
                .body()
                .path("data")
                .path("jwks_ca_pem")
                .asText())
        .isEqualTo("jwks-ca");
  }

  @Test
  void pinnedPemKeysVerifyEs256Tokens() {
    SigningKey es256 = AuthFixture.key(SigningAlgorithm.ES256);
    String pem =
        "-----BEGIN PUBLIC KEY-----\\n"
            + Base64.getEncoder().encodeToString(es256.publicKey().getEncoded())
            + "\\n-----END PUBLIC KEY-----\\n";
    lane.write("auth/jwt-operator/config", "{\"jwt_validation_pubkeys\":[\"" + pem + "\"]}");
    ServiceAccountIssuer pinned =
        new ServiceAccountIssuer(ServiceAccountIssuer.DEFAULT_ISSUER, es256, lane.clock);
    String good =
        pinned
            .issue(AuthFixture.WORKER, List.of("openbao-internal"), Duration.ofHours(1), null)
            .token();
    assertThat(lane.jwtLogin("openbao-operator", good).status()).isEqualTo(200);
    // The RS256 issuer's token is not signed by the pinned key.
    BaoResponse wrongKey =
        lane.jwtLogin("openbao-operator", lane.token(AuthFixture.WORKER, "openbao-internal"));
    assertThat(wrongKey.status()).isEqualTo(400);
  }
}
