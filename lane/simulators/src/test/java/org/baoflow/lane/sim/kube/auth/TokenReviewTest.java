package org.baoflow.lane.sim.kube.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * TokenReview accepts the cluster's own valid tokens and refuses everything else as Kubernetes
 * does.
 */
class TokenReviewTest {

  private final LaneCluster cluster =
      new LaneCluster("https://lane-a.example", SigningAlgorithm.RS256);

  @Test
  void acceptsAGoodTokenAndReportsTheServiceAccountUser() {
    JsonNode status = cluster.review(cluster.workerToken("openbao"), "openbao");

    assertThat(status.path("authenticated").asBoolean()).isTrue();
    assertThat(status.has("error")).isFalse();
    JsonNode user = status.path("user");
    assertThat(user.path("username").asText())
        .isEqualTo("system:serviceaccount:baoflow:baoflow-worker");
    assertThat(user.path("uid").asText()).isEqualTo("uid-worker-1");
    assertThat(user.path("groups").toString())
        .isEqualTo(
            "[\"system:serviceaccounts\",\"system:serviceaccounts:baoflow\",\"system:authenticated\"]");
    assertThat(status.path("audiences").toString()).isEqualTo("[\"openbao\"]");
  }

  @Test
  void reportsOnlyTheRequestedAudiencesTheTokenCarries() {
    JsonNode status = cluster.review(cluster.workerToken("openbao", "vault"), "vault", "other");

    assertThat(status.path("authenticated").asBoolean()).isTrue();
    assertThat(status.path("audiences").toString()).isEqualTo("[\"vault\"]");
  }

  @Test
  void refusesATamperedPayload() {
    String[] parts = cluster.workerToken("openbao").split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                payload
                    .replace("baoflow-worker", "openbao-admin")
                    .getBytes(StandardCharsets.UTF_8));

    JsonNode status = cluster.review(parts[0] + "." + forged + "." + parts[2], "openbao");

    assertRefused(
        status, "[invalid bearer token, go-jose/go-jose: error in cryptographic primitive]");
  }

  @Test
  void refusesATamperedSignature() {
    String token = cluster.workerToken("openbao");
    char last = token.charAt(token.length() - 2);
    String tampered =
        token.substring(0, token.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + token.charAt(token.length() - 1);

    assertRefused(
        cluster.review(tampered, "openbao"),
        "[invalid bearer token, go-jose/go-jose: error in cryptographic primitive]");
  }

  @Test
  void refusesAMalformedToken() {
    assertRefused(
        cluster.review("not-a-jwt", "openbao"),
        "[invalid bearer token, go-jose/go-jose: compact JWS format must have three parts]");
  }

  @Test
  void refusesAnExpiredTokenOnceTheLeewayHasPassed() {
    String token = cluster.workerToken("openbao");

    cluster.clock.advance(Duration.ofSeconds(3600 + 59));
    assertThat(cluster.review(token, "openbao").path("authenticated").asBoolean()).isTrue();

    cluster.clock.advance(Duration.ofSeconds(2));
    assertRefused(
        cluster.review(token, "openbao"),
        "[invalid bearer token, service account token has expired]");
  }

  @Test
  void refusesAWrongAudience() {
    assertRefused(
        cluster.review(cluster.workerToken("openbao"), "vault", "other"),
        "[invalid bearer token, token audiences [\"openbao\"] is invalid for the target audiences"
            + " [\"vault\" \"other\"]]");
  }

  @Test
  void withoutRequestedAudiencesChecksTheApiAudiencesAsKubernetesDoes() {
    String defaultAudienceToken = cluster.workerToken();
    assertThat(cluster.review(defaultAudienceToken).path("authenticated").asBoolean()).isTrue();
    assertThat(cluster.review(defaultAudienceToken).path("audiences").toString())
        .isEqualTo("[\"https://lane-a.example\"]");

    assertRefused(
        cluster.review(cluster.workerToken("openbao")),
        "[invalid bearer token, token audiences [\"openbao\"] is invalid for the target audiences"
            + " [\"https://lane-a.example\"]]");
  }

  @Test
  void refusesATokenOfAnotherIssuer() {
    LaneCluster other = new LaneCluster("https://lane-b.example", SigningAlgorithm.RS256);

    assertRefused(
        cluster.review(other.workerToken("openbao"), "openbao"),
        "[invalid bearer token, token issuer \"https://lane-b.example\" is invalid]");
  }

  @Test
  void twoClustersWithTheSameIssuerUrlStillRefuseEachOthersTokens() {
    LaneCluster first =
        new LaneCluster(ServiceAccountIssuer.DEFAULT_ISSUER, SigningAlgorithm.RS256);
    LaneCluster second =
        new LaneCluster(
            ServiceAccountIssuer.DEFAULT_ISSUER, SigningKey.generate(SigningAlgorithm.RS256));
    LaneCluster third =
        new LaneCluster(ServiceAccountIssuer.DEFAULT_ISSUER, SigningAlgorithm.ES256);
    String fromFirst = first.workerToken("openbao");
    String fromSecond = second.workerToken("openbao");

    assertThat(first.review(fromFirst, "openbao").path("authenticated").asBoolean()).isTrue();
    assertThat(second.review(fromSecond, "openbao").path("authenticated").asBoolean()).isTrue();
    String badSignature =
        "[invalid bearer token, go-jose/go-jose: error in cryptographic primitive]";
    assertRefused(first.review(fromSecond, "openbao"), badSignature);
    assertRefused(second.review(fromFirst, "openbao"), badSignature);
    assertRefused(
        third.review(fromFirst, "openbao"),
        "[invalid bearer token, go-jose/go-jose: unexpected signature algorithm]");
  }

  @Test
  void refusesTheTokenOfADeletedOrRecreatedServiceAccount() {
    String token = cluster.workerToken("openbao");

    cluster.accountUids.put("baoflow/baoflow-worker", "uid-worker-2");
    assertRefused(
        cluster.review(token, "openbao"),
        "[invalid bearer token, service account UID (uid-worker-2) does not match claim (uid-worker-1)]");

    cluster.accountUids.remove("baoflow/baoflow-worker");
    assertRefused(
        cluster.review(token, "openbao"),
        "[invalid bearer token, service account baoflow/baoflow-worker has been deleted]");
  }

  @Test
  void reportsThePodOfABoundToken() {
    ApiResponse response =
        cluster.requestToken(
            "baoflow",
            "baoflow-worker",
            "{\"audiences\":[\"openbao\"],\"boundObjectRef\":{\"kind\":\"Pod\",\"apiVersion\":\"v1\","
                + "\"name\":\"worker-0\",\"uid\":\"pod-uid-7\"}}");
    String token = LaneCluster.json(response).path("status").path("token").asText();

    JsonNode extra = cluster.review(token, "openbao").path("user").path("extra");

    assertThat(extra.path("authentication.kubernetes.io/pod-name").toString())
        .isEqualTo("[\"worker-0\"]");
    assertThat(extra.path("authentication.kubernetes.io/pod-uid").toString())
        .isEqualTo("[\"pod-uid-7\"]");
    assertThat(extra.path("authentication.kubernetes.io/credential-id").get(0).asText())
        .startsWith("JTI=");
  }

  @Test
  void answersAReviewWithoutATokenWith400() {
    ApiResponse response =
        cluster.call(
            "POST",
            "/apis/authentication.k8s.io/v1/tokenreviews",
            "{\"kind\":\"TokenReview\",\"spec\":{}}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(LaneCluster.json(response).path("message").asText())
        .isEqualTo("token is required for TokenReview in authentication");
  }

  @Test
  void echoesTheReviewAsACreatedTokenReview() {
    ApiResponse response =
        cluster.call(
            "POST",
            "/apis/authentication.k8s.io/v1/tokenreviews",
            "{\"kind\":\"TokenReview\",\"spec\":{\"token\":\"a.b.c\",\"audiences\":[\"openbao\"]}}");

    JsonNode body = LaneCluster.json(response);
    assertThat(response.status()).isEqualTo(201);
    assertThat(body.path("kind").asText()).isEqualTo("TokenReview");
    assertThat(body.path("apiVersion").asText()).isEqualTo("authentication.k8s.io/v1");
    assertThat(body.path("spec").path("audiences").toString()).isEqualTo("[\"openbao\"]");
    assertThat(body.path("status").path("user").isObject()).isTrue();
  }

  private static void assertRefused(JsonNode status, String error) {
    assertThat(status.path("authenticated").asBoolean()).isFalse();
    assertThat(status.path("user").size()).isZero();
    assertThat(status.path("error").asText()).isEqualTo(error);
  }
}
