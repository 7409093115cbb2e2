package org.baoflow.lane.sim.kube.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The TokenRequest subresource's defaulting, validation and answer. */
class TokenRequestTest {

  private final LaneCluster cluster =
      new LaneCluster("https://lane-a.example", SigningAlgorithm.ES256);

  @Test
  void defaultsToOneHourAndTheApiAudiences() {
    ApiResponse response = cluster.requestToken("baoflow", "baoflow-worker", "{}");

    JsonNode body = LaneCluster.json(response);
    assertThat(response.status()).isEqualTo(201);
    assertThat(body.path("kind").asText()).isEqualTo("TokenRequest");
    assertThat(body.path("apiVersion").asText()).isEqualTo("authentication.k8s.io/v1");
    assertThat(body.path("metadata").path("name").asText()).isEqualTo("baoflow-worker");
    assertThat(body.path("spec").path("expirationSeconds").asLong()).isEqualTo(3600);
    assertThat(body.path("spec").path("audiences").toString())
        .isEqualTo("[\"https://lane-a.example\"]");
    assertThat(body.path("status").path("expirationTimestamp").asText())
        .isEqualTo("2026-11-22T22:00:00Z");
    JsonNode claims = claims(body.path("status").path("token").asText());
    assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(3600);
  }

  @Test
  void acceptsTheTenMinuteMinimum() {
    ApiResponse response =
        cluster.requestToken(
            "baoflow", "baoflow-worker", "{\"audiences\":[\"openbao\"],\"expirationSeconds\":600}");

    JsonNode body = LaneCluster.json(response);
    assertThat(response.status()).isEqualTo(201);
    assertThat(body.path("status").path("expirationTimestamp").asText())
        .isEqualTo("2026-11-22T21:10:00Z");
    assertThat(claims(body.path("status").path("token").asText()).path("aud").toString())
        .isEqualTo("[\"openbao\"]");
  }

  @Test
  void refusesLessThanTenMinutesWith422() {
    ApiResponse response =
        cluster.requestToken("baoflow", "baoflow-worker", "{\"expirationSeconds\":599}");

    JsonNode body = LaneCluster.json(response);
    assertThat(response.status()).isEqualTo(422);
    assertThat(body.path("kind").asText()).isEqualTo("Status");
    assertThat(body.path("reason").asText()).isEqualTo("Invalid");
    assertThat(body.path("message").asText())
        .isEqualTo(
            "TokenRequest.authentication.k8s.io \"baoflow-worker\" is invalid: spec.expirationSeconds:"
                + " Invalid value: 599: may not specify a duration less than 10 minutes");
    assertThat(body.path("details").path("causes").get(0).path("field").asText())
        .isEqualTo("spec.expirationSeconds");
  }

  @Test
  void refusesMoreThanTwoToTheThirtySecondSeconds() {
    ApiResponse response =
        cluster.requestToken("baoflow", "baoflow-worker", "{\"expirationSeconds\":4294967297}");

    assertThat(response.status()).isEqualTo(422);
    assertThat(LaneCluster.json(response).path("message").asText())
        .endsWith("may not specify a duration larger than 2^32 seconds");
  }

  @Test
  void answers404ForAMissingServiceAccount() {
    ApiResponse response = cluster.requestToken("baoflow", "nobody", "{}");

    JsonNode body = LaneCluster.json(response);
    assertThat(response.status()).isEqualTo(404);
    assertThat(body.path("reason").asText()).isEqualTo("NotFound");
    assertThat(body.path("message").asText()).isEqualTo("serviceaccounts \"nobody\" not found");
  }

  @Test
  void answers400ForABodyThatIsNotJson() {
    ApiResponse response =
        cluster.call(
            "POST", "/api/v1/namespaces/baoflow/serviceaccounts/baoflow-worker/token", "{");

    assertThat(response.status()).isEqualTo(400);
  }

  @Test
  void servesOnlyPostOnTheTokenSubresource() {
    TokenRequestHandler handler =
        new TokenRequestHandler(cluster.issuer, (namespace, name) -> java.util.Optional.of("uid"));

    assertThat(
            handler.handle(
                new ApiRequest("GET", "/api/v1/namespaces/a/serviceaccounts/b/token", null)))
        .isEmpty();
    assertThat(
            handler.handle(new ApiRequest("POST", "/api/v1/namespaces/a/serviceaccounts/b", "{}")))
        .isEmpty();
    assertThat(
            handler.handle(
                new ApiRequest(
                    "POST", "/api/v1/namespaces/a/serviceaccounts/b/token?timeout=5s", "{}")))
        .hasValueSatisfying(response -> assertThat(response.status()).isEqualTo(201));
  }

  @Test
  void keepsTheTokenOutOfTheResponsesStringForm() {
    ApiResponse response = cluster.requestToken("baoflow", "baoflow-worker", "{}");
    String token = LaneCluster.json(response).path("status").path("token").asText();

    assertThat(response.toString()).doesNotContain(token);
  }

  private static JsonNode claims(String token) {
    try {
      String payload =
          new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
      return LaneCluster.MAPPER.readTree(payload);
    } catch (Exception e) {
      throw new AssertionError("token payload is not JSON", e);
    }
  }
}
