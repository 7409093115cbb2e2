package org.baoflow.lane.sim.kube.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * JWS compact serialization ({@code header.payload.signature}) with the header Kubernetes writes:
 * only {@code alg} and {@code kid}.
 */
final class CompactJws {

  private CompactJws() {}

  static String sign(ObjectNode payload, SigningKey key) {
    ObjectNode header = Json.object();
    header.put("alg", key.algorithm().name());
    header.put("kid", key.keyId());
    String signingInput = segment(header) + "." + segment(payload);
    byte[] signature = key.sign(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + Base64Url.encode(signature);
  }

  /**
   * Verifies the token's signature with the key and returns its payload.
   *
   * @throws InvalidTokenException with go-jose's wording, as the API server reports it
   */
  static JsonNode verifiedPayload(String token, SigningKey key) throws InvalidTokenException {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      throw new InvalidTokenException("go-jose/go-jose: compact JWS format must have three parts");
    }
    JsonNode header = decodeSegment(parts[0]);
    JsonNode payload = decodeSegment(parts[1]);
    if (header == null || payload == null || !header.path("alg").isTextual()) {
      throw new InvalidTokenException("go-jose/go-jose: invalid JWS segment");
    }
    if (!key.algorithm().name().equals(header.path("alg").asText())) {
      throw new InvalidTokenException("go-jose/go-jose: unexpected signature algorithm");
    }
    byte[] signature;
    try {
      signature = Base64Url.decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw new InvalidTokenException("go-jose/go-jose: invalid JWS signature encoding");
    }
    byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    if (!key.verifies(signingInput, signature)) {
      throw new InvalidTokenException("go-jose/go-jose: error in cryptographic primitive");
    }
    return payload;
  }

  /** The payload without any check, only to read the issuer as the API server does first. */
  static JsonNode unverifiedPayload(String token) {
    String[] parts = token.split("\\.", -1);
    return parts.length == 3 ? decodeSegment(parts[1]) : null;
  }

  private static String segment(ObjectNode json) {
    return Base64Url.encode(Json.write(json).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode decodeSegment(String segment) {
    try {
      return Json.readOrNull(new String(Base64Url.decode(segment), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
