package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import org.baoflow.lane.sim.bao.logical.Json;

/**
 * A compact JWS as received at login, split but not yet trusted; {@link #verifiedBy} checks its
 * RS256 or ES256 signature with the JDK.
 */
final class SignedJwt {

  private final String alg;
  private final String kid;
  private final JsonNode claims;
  private final byte[] signingInput;
  private final byte[] signature;

  private SignedJwt(
      String alg, String kid, JsonNode claims, byte[] signingInput, byte[] signature) {
    this.alg = alg;
    this.kid = kid;
    this.claims = claims;
    this.signingInput = signingInput;
    this.signature = signature;
  }

  /**
   * @throws IllegalArgumentException with go-jose's wording when the token is malformed
   */
  static SignedJwt parse(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "go-jose/go-jose: compact JWS format must have three parts");
    }
    try {
      Base64.Decoder decoder = Base64.getUrlDecoder();
      JsonNode header = Json.MAPPER.readTree(decoder.decode(parts[0]));
      JsonNode claims = Json.MAPPER.readTree(decoder.decode(parts[1]));
      if (header == null || !header.isObject() || claims == null || !claims.isObject()) {
        throw new IllegalArgumentException("go-jose/go-jose: invalid JWS segment");
      }
      return new SignedJwt(
          header.path("alg").asText(""),
          header.path("kid").asText(""),
          claims,
          (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII),
          decoder.decode(parts[2]));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("go-jose/go-jose: invalid JWS segment", e);
    }
  }

  JsonNode claims() {
    return claims;
  }

  String kid() {
    return kid;
  }

  /** True when one of the keys signed the token with the algorithm its header names. */
  boolean verifiedBy(List<PublicKey> keys) {
    return keys.stream().anyMatch(this::verifiedBy);
  }

  private boolean verifiedBy(PublicKey key) {
    String jca;
    if ("RS256".equals(alg) && key instanceof RSAPublicKey) {
      jca = "SHA256withRSA";
    } else if ("ES256".equals(alg) && key instanceof ECPublicKey) {
      jca = "SHA256withECDSAinP1363Format";
    } else {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance(jca);
      verifier.initVerify(key);
      verifier.update(signingInput);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
