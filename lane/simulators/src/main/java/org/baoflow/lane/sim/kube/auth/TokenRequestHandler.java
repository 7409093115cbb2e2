package org.baoflow.lane.sim.kube.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /api/v1/namespaces/{ns}/serviceaccounts/{name}/token}: the TokenRequest subresource,
 * with the API server's defaulting (one hour, the API audiences) and validation (at least ten
 * minutes, at most 2^32 seconds, an existing ServiceAccount).
 */
public final class TokenRequestHandler implements ApiHandler {

  private static final Pattern PATH =
      Pattern.compile("/api/v1/namespaces/([^/]+)/serviceaccounts/([^/]+)/token");
  private static final String GROUP = "authentication.k8s.io";

  private final ServiceAccountIssuer issuer;
  private final ServiceAccounts accounts;

  public TokenRequestHandler(ServiceAccountIssuer issuer, ServiceAccounts accounts) {
    this.issuer = issuer;
    this.accounts = accounts;
  }

  @Override
  public Optional<ApiResponse> handle(ApiRequest request) {
    Matcher path = PATH.matcher(request.pathOnly());
    if (!"POST".equals(request.method()) || !path.matches()) {
      return Optional.empty();
    }
    return Optional.of(create(path.group(1), path.group(2), request.body()));
  }

  private ApiResponse create(String namespace, String name, String body) {
    JsonNode tokenRequest = Json.readOrNull(body);
    if (tokenRequest == null || !tokenRequest.isObject()) {
      return KubeStatus.badRequest("couldn't get version/kind; json parse error");
    }
    if (tokenRequest.has("kind") && !"TokenRequest".equals(tokenRequest.path("kind").asText())) {
      return KubeStatus.badRequest(
          "the body of the request was a "
              + tokenRequest.path("kind").asText()
              + ", not a TokenRequest");
    }
    JsonNode spec = tokenRequest.path("spec");
    long seconds =
        spec.path("expirationSeconds").asLong(ServiceAccountIssuer.DEFAULT_EXPIRATION.toSeconds());
    Optional<String> rangeError = rangeError(seconds);
    if (rangeError.isPresent()) {
      return KubeStatus.invalid(
          GROUP, "TokenRequest", name, "spec.expirationSeconds", rangeError.get());
    }
    JsonNode boundObject = spec.path("boundObjectRef");
    if (boundObject.isObject() && !"Pod".equals(boundObject.path("kind").asText())) {
      return KubeStatus.badRequest(
          "the lane binds tokens only to Pods, not to " + boundObject.path("kind").asText());
    }
    Optional<String> uid = accounts.uidOf(namespace, name);
    if (uid.isEmpty()) {
      return KubeStatus.notFound("serviceaccounts", name);
    }
    List<String> requested = Json.strings(spec.path("audiences"));
    List<String> audiences = requested.isEmpty() ? issuer.apiAudiences() : requested;
    BoundPod pod =
        boundObject.isObject()
            ? new BoundPod(boundObject.path("name").asText(), boundObject.path("uid").asText())
            : null;
    IssuedToken token =
        issuer.issue(
            new ServiceAccount(namespace, name, uid.get()),
            audiences,
            Duration.ofSeconds(seconds),
            pod);
    return new ApiResponse(
        201,
        ApiResponse.JSON,
        Json.write(answer(namespace, name, audiences, seconds, boundObject, token)));
  }

  private static Optional<String> rangeError(long seconds) {
    if (seconds < ServiceAccountIssuer.MIN_EXPIRATION.toSeconds()) {
      return Optional.of(
          "Invalid value: " + seconds + ": may not specify a duration less than 10 minutes");
    }
    if (seconds > ServiceAccountIssuer.MAX_EXPIRATION.toSeconds()) {
      return Optional.of(
          "Invalid value: " + seconds + ": may not specify a duration larger than 2^32 seconds");
    }
    return Optional.empty();
  }

  /** The TokenRequest echoed back with its defaulted spec and the issued token in its status. */
  private static ObjectNode answer(
      String namespace,
      String name,
      List<String> audiences,
      long seconds,
      JsonNode boundObject,
      IssuedToken token) {
    ObjectNode answer = Json.object();
    answer.put("kind", "TokenRequest");
    answer.put("apiVersion", GROUP + "/v1");
    ObjectNode metadata = answer.putObject("metadata");
    metadata.put("name", name);
    metadata.put("namespace", namespace);
    metadata.putNull("creationTimestamp");
    ObjectNode spec = answer.putObject("spec");
    spec.set("audiences", Json.array(audiences));
    spec.put("expirationSeconds", seconds);
    spec.set("boundObjectRef", boundObject.isObject() ? boundObject : null);
    ObjectNode status = answer.putObject("status");
    status.put("token", token.token());
    status.put("expirationTimestamp", token.expiresAt().toString());
    return answer;
  }
}
