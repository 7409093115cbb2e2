package org.baoflow.lane.sim.kube.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One lane cluster's service-account token issuer: signs projected tokens with the cluster's key,
 * verifies them, and publishes the issuer's OIDC discovery document and JWKS. Time comes from the
 * given clock, so tests can let tokens expire without waiting.
 */
public final class ServiceAccountIssuer {

  /** The issuer of an API server started without {@code --service-account-issuer} overrides. */
  public static final String DEFAULT_ISSUER = "https://kubernetes.default.svc.cluster.local";

  /** TokenRequest's default {@code spec.expirationSeconds}. */
  public static final Duration DEFAULT_EXPIRATION = Duration.ofHours(1);

  /** The shortest lifetime the API server accepts ("less than 10 minutes" is refused). */
  public static final Duration MIN_EXPIRATION = Duration.ofMinutes(10);

  /** The longest lifetime the API server accepts (2^32 seconds). */
  public static final Duration MAX_EXPIRATION = Duration.ofSeconds(1L << 32);

  /** go-jose's default leeway, which the API server applies to {@code exp} and {@code nbf}. */
  static final Duration LEEWAY = Duration.ofMinutes(1);

  private final String issuer;
  private final SigningKey key;
  private final Clock clock;

  public ServiceAccountIssuer(String issuer, SigningKey key, Clock clock) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.key = Objects.requireNonNull(key, "key");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** An issuer with a freshly generated key of the given algorithm. */
  public static ServiceAccountIssuer generate(
      String issuer, SigningAlgorithm algorithm, Clock clock) {
    return new ServiceAccountIssuer(issuer, SigningKey.generate(algorithm), clock);
  }

  public String issuer() {
    return issuer;
  }

  public SigningKey signingKey() {
    return key;
  }

  /**
   * The API server's audiences ({@code --api-audiences}, which default to the issuer): a token
   * requested without audiences gets them, and a review without audiences checks against them.
   */
  public List<String> apiAudiences() {
    return List.of(issuer);
  }

  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * Signs a token for the account.
   *
   * @param audiences the {@code aud} claim; empty means {@link #apiAudiences()}
   * @param expiration the lifetime, between {@link #MIN_EXPIRATION} and {@link #MAX_EXPIRATION}
   * @param pod the Pod to bind the token to, or {@code null}
   */
  public IssuedToken issue(
      ServiceAccount account, List<String> audiences, Duration expiration, BoundPod pod) {
    if (expiration.compareTo(MIN_EXPIRATION) < 0 || expiration.compareTo(MAX_EXPIRATION) > 0) {
      throw new IllegalArgumentException(
          "expiration must be between " + MIN_EXPIRATION + " and " + MAX_EXPIRATION);
    }
    Instant now = now();
    TokenClaims claims =
        new TokenClaims(
            issuer,
            audiences.isEmpty() ? apiAudiences() : audiences,
            now,
            now,
            now.plus(expiration),
            UUID.randomUUID().toString(),
            account,
            pod);
    return new IssuedToken(CompactJws.sign(claims.toJson(), key), claims.expiresAt());
  }

  /**
   * Checks what the API server's service-account authenticator checks before it looks at audiences:
   * the issuer, then the signature, then the claims.
   *
   * @throws InvalidTokenException naming the first check that failed, as Kubernetes words it
   */
  TokenClaims verify(String token) throws InvalidTokenException {
    JsonNode unverified = CompactJws.unverifiedPayload(token);
    if (unverified != null
        && unverified.path("iss").isTextual()
        && !issuer.equals(unverified.path("iss").asText())) {
      throw new InvalidTokenException(
          "token issuer " + GoQuoted.of(unverified.path("iss").asText()) + " is invalid");
    }
    return TokenClaims.fromJson(CompactJws.verifiedPayload(token, key));
  }

  /** Refuses a token outside its validity window, with go-jose's one-minute leeway. */
  void checkTime(TokenClaims claims) throws InvalidTokenException {
    Instant now = now();
    if (now.isAfter(claims.expiresAt().plus(LEEWAY))) {
      throw new InvalidTokenException("service account token has expired");
    }
    if (now.plus(LEEWAY).isBefore(claims.notBefore())) {
      throw new InvalidTokenException("service account token is not valid yet");
    }
  }

  /** {@code /.well-known/openid-configuration} as the API server serves it. */
  public ObjectNode discoveryDocument() {
    ObjectNode document = Json.object();
    document.put("issuer", issuer);
    document.put("jwks_uri", issuer + OidcDiscoveryHandler.JWKS_PATH);
    document.set("response_types_supported", Json.array(List.of("id_token")));
    document.set("subject_types_supported", Json.array(List.of("public")));
    document.set(
        "id_token_signing_alg_values_supported", Json.array(List.of(key.algorithm().name())));
    return document;
  }

  /** {@code /openid/v1/jwks}: the public signing key. */
  public ObjectNode jwks() {
    ObjectNode jwks = Json.object();
    jwks.putArray("keys").add(key.publicJwk());
    return jwks;
  }
}
