package org.baoflow.lane.sim.kube.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One simulated cluster's authentication API for the tests: an issuer, a mutable set of
 * ServiceAccounts and helpers that speak the HTTP contract the dispatcher will use.
 */
final class LaneCluster {

  static final Instant START = Instant.parse("2026-11-22T21:00:00Z");
  static final ObjectMapper MAPPER = new ObjectMapper();

  final MutableClock clock = new MutableClock(START);
  final Map<String, String> accountUids = new HashMap<>();
  final ServiceAccountIssuer issuer;
  final ServiceAccountAuthApi api;

  /** RSA key generation takes about a second, so clusters share one key per algorithm. */
  private static final Map<SigningAlgorithm, SigningKey> SHARED_KEYS = new ConcurrentHashMap<>();

  /** A cluster with the shared key of the algorithm; tests of distinct keys pass their own. */
  LaneCluster(String issuerUrl, SigningAlgorithm algorithm) {
    this(issuerUrl, SHARED_KEYS.computeIfAbsent(algorithm, SigningKey::generate));
  }

  LaneCluster(String issuerUrl, SigningKey key) {
    issuer = new ServiceAccountIssuer(issuerUrl, key, clock);
    api =
        new ServiceAccountAuthApi(
            issuer,
            (namespace, name) -> Optional.ofNullable(accountUids.get(namespace + "/" + name)));
    accountUids.put("baoflow/baoflow-worker", "uid-worker-1");
  }

  ApiResponse call(String method, String path, String body) {
    return api.handle(new ApiRequest(method, path, body))
        .orElseThrow(() -> new AssertionError("no handler for " + method + " " + path));
  }

  static JsonNode json(ApiResponse response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError("response is not JSON", e);
    }
  }

  ApiResponse requestToken(String namespace, String name, String specJson) {
    return call(
        "POST",
        "/api/v1/namespaces/" + namespace + "/serviceaccounts/" + name + "/token",
        "{\"apiVersion\":\"authentication.k8s.io/v1\",\"kind\":\"TokenRequest\",\"spec\":"
            + specJson
            + "}");
  }

  /** A token for the worker's ServiceAccount with the given audiences. */
  String workerToken(String... audiences) {
    String audienceList =
        String.join(",", List.of(audiences).stream().map(a -> "\"" + a + "\"").toList());
    ApiResponse response =
        requestToken("baoflow", "baoflow-worker", "{\"audiences\":[" + audienceList + "]}");
    return json(response).path("status").path("token").asText();
  }

  /** The {@code status} of a TokenReview of the token for the given audiences. */
  JsonNode review(String token, String... audiences) {
    String audienceList =
        String.join(",", List.of(audiences).stream().map(a -> "\"" + a + "\"").toList());
    ApiResponse response =
        call(
            "POST",
            "/apis/authentication.k8s.io/v1/tokenreviews",
            "{\"apiVersion\":\"authentication.k8s.io/v1\",\"kind\":\"TokenReview\",\"spec\":{\"token\":\""
                + token
                + "\",\"audiences\":["
                + audienceList
                + "]}}");
    if (response.status() != 201) {
      throw new AssertionError("TokenReview answered " + response.status());
    }
    return json(response).path("status");
  }
}
