package org.baoflow.lane.sim.kube.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /apis/authentication.k8s.io/v1/tokenreviews}: answers 201 with the review echoed and
 * its {@code status} filled in, whether or not the token is authenticated.
 */
public final class TokenReviewHandler implements ApiHandler {

  static final String PATH = "/apis/authentication.k8s.io/v1/tokenreviews";

  private final TokenAuthenticator authenticator;

  public TokenReviewHandler(TokenAuthenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  public Optional<ApiResponse> handle(ApiRequest request) {
    if (!"POST".equals(request.method()) || !PATH.equals(request.pathOnly())) {
      return Optional.empty();
    }
    return Optional.of(review(request.body()));
  }

  private ApiResponse review(String body) {
    JsonNode tokenReview = Json.readOrNull(body);
    if (tokenReview == null || !tokenReview.isObject()) {
      return KubeStatus.badRequest("couldn't get version/kind; json parse error");
    }
    JsonNode spec = tokenReview.path("spec");
    String token = spec.path("token").asText("");
    if (token.isEmpty()) {
      return KubeStatus.badRequest("token is required for TokenReview in authentication");
    }
    List<String> audiences = Json.strings(spec.path("audiences"));
    TokenReviewResult result = authenticator.review(token, audiences);
    ObjectNode answer = Json.object();
    answer.put("kind", "TokenReview");
    answer.put("apiVersion", "authentication.k8s.io/v1");
    answer.putObject("metadata").putNull("creationTimestamp");
    answer.set("spec", spec);
    answer.set("status", status(result));
    return new ApiResponse(201, ApiResponse.JSON, Json.write(answer));
  }

  private static ObjectNode status(TokenReviewResult result) {
    ObjectNode status = Json.object();
    if (!result.authenticated()) {
      status.putObject("user");
      status.put("error", result.error());
      return status;
    }
    TokenClaims claims = result.claims();
    ServiceAccount account = claims.serviceAccount();
    status.put("authenticated", true);
    ObjectNode user = status.putObject("user");
    user.put("username", account.username());
    user.put("uid", account.uid());
    user.set("groups", Json.array(account.groups()));
    ObjectNode extra = user.putObject("extra");
    if (claims.pod() != null) {
      extra.set("authentication.kubernetes.io/pod-name", Json.array(List.of(claims.pod().name())));
      extra.set("authentication.kubernetes.io/pod-uid", Json.array(List.of(claims.pod().uid())));
    }
    extra.set(
        "authentication.kubernetes.io/credential-id", Json.array(List.of("JTI=" + claims.jwtId())));
    status.set("audiences", Json.array(result.audiences()));
    return status;
  }
}
