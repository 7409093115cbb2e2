package org.baoflow.lane.sim.kube.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * The claims of a projected service-account token, in the shape the API server writes them.
 *
 * @param issuer {@code iss}
 * @param audiences {@code aud}
 * @param issuedAt {@code iat}
 * @param notBefore {@code nbf}
 * @param expiresAt {@code exp}
 * @param jwtId {@code jti}, which TokenReview reports as the credential id
 * @param serviceAccount the account in {@code kubernetes.io.serviceaccount}; {@code sub} derives
 *     from it
 * @param pod the Pod in {@code kubernetes.io.pod}, or {@code null} for a token bound to no Pod
 */
public record TokenClaims(
    String issuer,
    List<String> audiences,
    Instant issuedAt,
    Instant notBefore,
    Instant expiresAt,
    String jwtId,
    ServiceAccount serviceAccount,
    BoundPod pod) {

  public TokenClaims {
    audiences = List.copyOf(audiences);
  }

  public String subject() {
    return serviceAccount.username();
  }

  /** The JSON payload, members in the alphabetical order Kubernetes emits them. */
  ObjectNode toJson() {
    ObjectNode claims = Json.object();
    claims.set("aud", Json.array(audiences));
    claims.put("exp", expiresAt.getEpochSecond());
    claims.put("iat", issuedAt.getEpochSecond());
    claims.put("iss", issuer);
    claims.put("jti", jwtId);
    ObjectNode kubernetes = claims.putObject("kubernetes.io");
    kubernetes.put("namespace", serviceAccount.namespace());
    if (pod != null) {
      kubernetes.putObject("pod").put("name", pod.name()).put("uid", pod.uid());
    }
    kubernetes
        .putObject("serviceaccount")
        .put("name", serviceAccount.name())
        .put("uid", serviceAccount.uid());
    claims.put("nbf", notBefore.getEpochSecond());
    claims.put("sub", subject());
    return claims;
  }

  /**
   * Reads a payload this package signed, after its signature was verified.
   *
   * @throws InvalidTokenException when a claim the API server relies on is missing
   */
  static TokenClaims fromJson(JsonNode claims) throws InvalidTokenException {
    JsonNode kubernetes = claims.path("kubernetes.io");
    JsonNode account = kubernetes.path("serviceaccount");
    if (!kubernetes.path("namespace").isTextual()
        || !account.path("name").isTextual()
        || !account.path("uid").isTextual()
        || !claims.path("exp").canConvertToLong()) {
      throw new InvalidTokenException("service account token claims are missing or malformed");
    }
    JsonNode pod = kubernetes.path("pod");
    JsonNode audience = claims.path("aud");
    List<String> audiences =
        audience.isTextual() ? List.of(audience.asText()) : Json.strings(audience);
    return new TokenClaims(
        claims.path("iss").asText(),
        audiences,
        Instant.ofEpochSecond(claims.path("iat").asLong()),
        Instant.ofEpochSecond(claims.path("nbf").asLong()),
        Instant.ofEpochSecond(claims.path("exp").asLong()),
        claims.path("jti").asText(""),
        new ServiceAccount(
            kubernetes.path("namespace").asText(),
            account.path("name").asText(),
            account.path("uid").asText()),
        pod.isObject() ? new BoundPod(pod.path("name").asText(), pod.path("uid").asText()) : null);
  }
}
