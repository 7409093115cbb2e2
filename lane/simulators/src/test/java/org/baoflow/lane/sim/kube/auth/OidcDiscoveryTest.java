package org.baoflow.lane.sim.kube.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The discovery document and JWKS have the shape OpenBao's JWT auth (go-oidc) reads. */
class OidcDiscoveryTest {

  @Test
  void discoveryDocumentNamesTheIssuerAndItsJwks() {
    LaneCluster cluster = new LaneCluster("https://lane-a.example", SigningAlgorithm.RS256);

    ApiResponse response = cluster.call("GET", "/.well-known/openid-configuration", null);

    JsonNode document = LaneCluster.json(response);
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/json");
    assertThat(fieldNames(document))
        .containsExactly(
            "issuer",
            "jwks_uri",
            "response_types_supported",
            "subject_types_supported",
            "id_token_signing_alg_values_supported");
    assertThat(document.path("issuer").asText()).isEqualTo("https://lane-a.example");
    assertThat(document.path("jwks_uri").asText())
        .isEqualTo("https://lane-a.example/openid/v1/jwks");
    assertThat(document.path("response_types_supported").toString()).isEqualTo("[\"id_token\"]");
    assertThat(document.path("subject_types_supported").toString()).isEqualTo("[\"public\"]");
    assertThat(document.path("id_token_signing_alg_values_supported").toString())
        .isEqualTo("[\"RS256\"]");
  }

  @Test
  void jwksPublishesTheRsaKeyWithItsKeyId() {
    LaneCluster cluster = new LaneCluster("https://lane-a.example", SigningAlgorithm.RS256);

    ApiResponse response = cluster.call("GET", "/openid/v1/jwks", null);

    JsonNode keys = LaneCluster.json(response).path("keys");
    assertThat(response.contentType()).isEqualTo("application/jwk-set+json");
    assertThat(keys.size()).isEqualTo(1);
    JsonNode jwk = keys.get(0);
    assertThat(fieldNames(jwk)).containsExactlyInAnyOrder("use", "kty", "kid", "alg", "n", "e");
    assertThat(jwk.path("kid").asText()).isEqualTo(cluster.issuer.signingKey().keyId());
    assertThat(jwk.path("alg").asText()).isEqualTo("RS256");
    assertThat(jwk.path("e").asText()).isEqualTo("AQAB");
  }

  @Test
  void jwksPublishesTheEcKeyAsP256() {
    LaneCluster cluster = new LaneCluster("https://lane-a.example", SigningAlgorithm.ES256);

    JsonNode jwk =
        LaneCluster.json(cluster.call("GET", "/openid/v1/jwks", null)).path("keys").get(0);

    assertThat(fieldNames(jwk))
        .containsExactlyInAnyOrder("use", "kty", "kid", "crv", "alg", "x", "y");
    assertThat(jwk.path("kty").asText()).isEqualTo("EC");
    assertThat(jwk.path("alg").asText()).isEqualTo("ES256");
  }

  @Test
  void leavesOtherMethodsAndPathsToTheDispatcher() {
    LaneCluster cluster = new LaneCluster("https://lane-a.example", SigningAlgorithm.RS256);

    assertThat(cluster.api.handle(new ApiRequest("POST", "/openid/v1/jwks", "{}"))).isEmpty();
    assertThat(cluster.api.handle(new ApiRequest("GET", "/api/v1/namespaces", null))).isEmpty();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
