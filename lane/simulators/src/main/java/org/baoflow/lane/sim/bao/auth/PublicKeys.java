package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Reads verification keys from PEM ({@code jwt_validation_pubkeys}) and from a JWK set. */
final class PublicKeys {

  private PublicKeys() {}

  /**
   * A PEM public key or certificate.
   *
   * @throws GeneralSecurityException when it is neither an RSA nor an EC key
   */
  static PublicKey fromPem(String pem) throws GeneralSecurityException {
    if (pem.contains("BEGIN CERTIFICATE")) {
      return CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
          .getPublicKey();
    }
    String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    byte[] der;
    try {
      der = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new GeneralSecurityException("data does not contain any valid public keys", e);
    }
    X509EncodedKeySpec spec = new X509EncodedKeySpec(der);
    try {
      return KeyFactory.getInstance("RSA").generatePublic(spec);
    } catch (GeneralSecurityException notRsa) {
      return KeyFactory.getInstance("EC").generatePublic(spec);
    }
  }

  /** The RSA and P-256 keys of a JWK set, each with its {@code kid} (empty when absent). */
  static List<KeyWithId> fromJwks(JsonNode jwks) throws GeneralSecurityException {
    List<KeyWithId> keys = new ArrayList<>();
    for (JsonNode jwk : jwks.path("keys")) {
      String kid = jwk.path("kid").asText("");
      switch (jwk.path("kty").asText()) {
        case "RSA" ->
            keys.add(
                new KeyWithId(
                    kid,
                    KeyFactory.getInstance("RSA")
                        .generatePublic(new RSAPublicKeySpec(number(jwk, "n"), number(jwk, "e")))));
        case "EC" -> {
          if ("P-256".equals(jwk.path("crv").asText())) {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            ECParameterSpec curve = parameters.getParameterSpec(ECParameterSpec.class);
            ECPoint point = new ECPoint(number(jwk, "x"), number(jwk, "y"));
            keys.add(
                new KeyWithId(
                    kid,
                    KeyFactory.getInstance("EC")
                        .generatePublic(new ECPublicKeySpec(point, curve))));
          }
        }
        default -> {
          // Other key types (oct, OKP) cannot verify RS256 or ES256 tokens, so they are skipped.
        }
      }
    }
    return keys;
  }

  private static BigInteger number(JsonNode jwk, String member) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path(member).asText()));
  }

  /** A key and the {@code kid} it was published under. */
  record KeyWithId(String kid, PublicKey key) {}
}
