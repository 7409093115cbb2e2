package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.baoflow.lane.sim.bao.MutableClock;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.storage.InMemoryLogicalStorage;
import org.baoflow.lane.sim.kube.auth.ServiceAccount;
import org.baoflow.lane.sim.kube.auth.ServiceAccountIssuer;
import org.baoflow.lane.sim.kube.auth.SigningAlgorithm;
import org.baoflow.lane.sim.kube.auth.SigningKey;
import org.baoflow.lane.sim.kube.auth.TokenAuthenticator;

/**
 * A node's auth logic wired to one lane cluster's service-account issuer: the fetcher serves the
 * issuer's discovery document and JWKS, the TokenReview is the cluster's authenticator.
 */
final class AuthFixture {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final ServiceAccount WORKER =
      new ServiceAccount("baoflow-system", "baoflow-worker", "uid-worker");

  /** RSA key generation takes about a second, so the tests share one key per algorithm. */
  private static final Map<SigningAlgorithm, SigningKey> KEYS = new ConcurrentHashMap<>();

  static final Instant START = Instant.parse("2026-11-22T21:00:00Z");
  final MutableClock clock = new MutableClock(START);
  final ServiceAccountIssuer issuer =
      new ServiceAccountIssuer(
          ServiceAccountIssuer.DEFAULT_ISSUER, key(SigningAlgorithm.RS256), clock);
  final Map<String, String> accountUids =
      new HashMap<>(Map.of("baoflow-system/baoflow-worker", "uid-worker"));
  final Map<String, JsonNode> documents = new HashMap<>();

  /** Each fetch as {@code url} and the CA PEM it trusted, in order. */
  final List<Fetch> fetches = new ArrayList<>();

  final InMemoryLogicalStorage storage = new InMemoryLogicalStorage();
  final TokenAuthenticator authenticator;
  final BaoAuth auth;
  final String rootToken;

  record Fetch(String url, String caPem) {}

  AuthFixture() {
    documents.put(
        issuer.issuer() + "/.well-known/openid-configuration", issuer.discoveryDocument());
    documents.put(issuer.issuer() + "/openid/v1/jwks", issuer.jwks());
    authenticator =
        new TokenAuthenticator(
            issuer,
            (namespace, name) -> Optional.ofNullable(accountUids.get(namespace + "/" + name)));
    auth = newAuth(storage);
    rootToken = auth.tokens().createRoot().id();
  }

  /** Another node's auth logic over the given storage, wired to this fixture's cluster. */
  BaoAuth newAuth(InMemoryLogicalStorage over) {
    return new BaoAuth(clock, this::fetch, authenticator::review, over);
  }

  static SigningKey key(SigningAlgorithm algorithm) {
    return KEYS.computeIfAbsent(algorithm, SigningKey::generate);
  }

  private JsonNode fetch(String url, String caPem) throws IOException {
    fetches.add(new Fetch(url, caPem));
    JsonNode document = documents.get(url);
    if (document == null) {
      throw new IOException("Get \"" + url + "\": dial tcp: connection refused");
    }
    return document;
  }

  String token(ServiceAccount account, String... audiences) {
    return issuer.issue(account, List.of(audiences), Duration.ofHours(1), null).token();
  }

  BaoResponse call(Capability operation, String path, String token, String json) {
    return auth.handle(new BaoRequest(operation, path, token, object(json)))
        .orElseThrow(() -> new AssertionError("not an auth path: " + path));
  }

  BaoResponse root(Capability operation, String path, String json) {
    return call(operation, path, rootToken, json);
  }

  /** Writes as root and insists on 204. */
  void write(String path, String json) {
    BaoResponse response = root(Capability.UPDATE, path, json);
    if (response.status() != 204) {
      throw new AssertionError(path + " answered " + response.status() + " " + response.body());
    }
  }

  static ObjectNode object(String json) {
    try {
      return json == null ? null : (ObjectNode) MAPPER.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("bad test JSON", e);
    }
  }

  static String errors(BaoResponse response) {
    return response.body().path("errors").toString();
  }

  /** Sets up the JWT mount exactly as the dev-lane self-init does, with the worker's role. */
  void jwtLikeSelfInit() {
    write("sys/auth/jwt-operator", "{\"type\":\"jwt\"}");
    write(
        "auth/jwt-operator/config",
        "{\"oidc_discovery_url\":\""
            + ServiceAccountIssuer.DEFAULT_ISSUER
            + "\",\"bound_issuer\":\""
            + ServiceAccountIssuer.DEFAULT_ISSUER
            + "\",\"skip_jwks_validation\":true}");
    write(
        "auth/jwt-operator/role/openbao-operator",
        """
        {"role_type":"jwt","user_claim":"sub","bound_audiences":["openbao-internal"],
         "bound_subject":"system:serviceaccount:baoflow-system:baoflow-worker",
         "token_policies":["openbao-operator"],"token_ttl":"1h"}""");
  }

  BaoResponse jwtLogin(String role, String jwt) {
    return call(
        Capability.UPDATE,
        "auth/jwt-operator/login",
        null,
        "{\"role\":\"" + role + "\",\"jwt\":\"" + jwt + "\"}");
  }
}
