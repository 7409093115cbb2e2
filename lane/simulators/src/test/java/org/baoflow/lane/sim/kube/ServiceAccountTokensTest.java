package org.baoflow.lane.sim.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenRequest;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenReview;
import io.fabric8.kubernetes.api.model.authentication.TokenReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The lane cluster's service-account issuer behind its API server, through the production fabric8
 * client and, for the OIDC documents, a plain JDK client over the lane's HTTPS.
 */
class ServiceAccountTokensTest {
  private static final String NS = "sa-tokens";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final LaneKubernetes lane = SharedLane.lane();
  private final KubernetesClient client = SharedLane.client();

  @Test
  void aRequestedTokenCarriesTheAccountsUidAndPassesTokenReview() {
    ServiceAccount account = createAccount("worker");

    TokenRequest answer =
        client
            .serviceAccounts()
            .inNamespace(NS)
            .withName("worker")
            .tokenRequest(
                new TokenRequestBuilder()
                    .withNewSpec()
                    .withAudiences("openbao")
                    .withExpirationSeconds(600L)
                    .endSpec()
                    .build());
    TokenReview review = review(answer.getStatus().getToken(), "openbao");

    assertThat(answer.getStatus().getExpirationTimestamp()).isNotBlank();
    assertThat(review.getStatus().getAuthenticated()).isTrue();
    assertThat(review.getStatus().getUser().getUsername())
        .isEqualTo("system:serviceaccount:" + NS + ":worker");
    assertThat(review.getStatus().getUser().getUid()).isEqualTo(account.getMetadata().getUid());
    assertThat(review.getStatus().getAudiences()).containsExactly("openbao");
  }

  @Test
  void tokenReviewRefusesATokenForAnotherAudience() {
    createAccount("other-audience");
    String token =
        client
            .serviceAccounts()
            .inNamespace(NS)
            .withName("other-audience")
            .tokenRequest(
                new TokenRequestBuilder().withNewSpec().withAudiences("openbao").endSpec().build())
            .getStatus()
            .getToken();

    TokenReview review = review(token, "vault");

    assertThat(review.getStatus().getAuthenticated()).isNotEqualTo(Boolean.TRUE);
    assertThat(review.getStatus().getError()).isNotBlank();
  }

  @Test
  void aTokenForAMissingServiceAccountIsRefusedWith404() {
    assertThatThrownBy(
            () ->
                client
                    .serviceAccounts()
                    .inNamespace(NS)
                    .withName("nobody")
                    .tokenRequest(new TokenRequestBuilder().withNewSpec().endSpec().build()))
        .isInstanceOfSatisfying(
            KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(404));
  }

  @Test
  void tokenRequestAndTokenReviewAreInTheCallLog() {
    createAccount("logged");
    lane.callLog().clear();

    String token =
        client
            .serviceAccounts()
            .inNamespace(NS)
            .withName("logged")
            .tokenRequest(new TokenRequestBuilder().withNewSpec().endSpec().build())
            .getStatus()
            .getToken();
    review(token);

    assertThat(lane.callLog().calls())
        .containsExactly(
            new ApiCall("create", "", "serviceaccounts", NS, "logged", "token"),
            new ApiCall("create", "authentication.k8s.io", "tokenreviews", null, null, null));
  }

  @Test
  void servesDiscoveryAndJwksOverTheLanesHttps() throws Exception {
    lane.callLog().clear();
    HttpClient https =
        HttpClient.newBuilder().sslContext(LaneTrust.of(lane.clientConfig())).build();
    URI base = URI.create(lane.clientConfig().getMasterUrl());

    HttpResponse<String> discovery =
        https.send(
            HttpRequest.newBuilder(base.resolve("/.well-known/openid-configuration")).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> jwks =
        https.send(
            HttpRequest.newBuilder(base.resolve("/openid/v1/jwks")).build(),
            HttpResponse.BodyHandlers.ofString());

    JsonNode document = MAPPER.readTree(discovery.body());
    assertThat(discovery.statusCode()).isEqualTo(200);
    assertThat(document.path("issuer").asText()).isEqualTo(lane.issuer().issuer());
    assertThat(document.path("jwks_uri").asText())
        .isEqualTo(lane.issuer().issuer() + "/openid/v1/jwks");
    assertThat(jwks.statusCode()).isEqualTo(200);
    assertThat(jwks.headers().firstValue("Content-Type")).hasValue("application/jwk-set+json");
    assertThat(MAPPER.readTree(jwks.body()).path("keys").get(0).path("kid").asText())
        .isEqualTo(lane.issuer().signingKey().keyId());
    assertThat(lane.callLog().calls())
        .containsExactly(
            new ApiCall("get", "", null, null, null, null, "/.well-known/openid-configuration"),
            new ApiCall("get", "", null, null, null, null, "/openid/v1/jwks"));
  }

  private ServiceAccount createAccount(String name) {
    return client
        .resource(
            new ServiceAccountBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace(NS)
                .endMetadata()
                .build())
        .create();
  }

  private TokenReview review(String token, String... audiences) {
    return client
        .resource(
            new TokenReviewBuilder()
                .withNewSpec()
                .withToken(token)
                .withAudiences(audiences)
                .endSpec()
                .build())
        .create();
  }
}
