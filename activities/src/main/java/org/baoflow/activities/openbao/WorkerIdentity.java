package org.baoflow.activities.openbao;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;

/**
 * Who the worker is to OpenBao's JWT auth, read from the claims of its own ServiceAccount token:
 * the issuer whose discovery document validates it and the subject the roles bind. The token is the
 * worker's own, fetched from Kubernetes a moment ago, so its signature is not checked here; OpenBao
 * checks it at every login.
 *
 * @param issuer the {@code iss} claim
 * @param subject the {@code sub} claim, {@code system:serviceaccount:<namespace>:<name>}
 */
record WorkerIdentity(String issuer, String subject) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The identity in {@code jwt}; the token itself never appears in a message. */
  static WorkerIdentity of(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length != 3) {
      throw new IllegalArgumentException("the worker's ServiceAccount token is not a signed JWT");
    }
    JsonNode claims;
    try {
      claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("the worker's ServiceAccount token has unreadable claims");
    }
    String issuer = claims.path("iss").asText("");
    String subject = claims.path("sub").asText("");
    if (issuer.isEmpty() || subject.isEmpty()) {
      throw new IllegalArgumentException(
          "the worker's ServiceAccount token carries no issuer or subject");
    }
    return new WorkerIdentity(issuer, subject);
  }
}
