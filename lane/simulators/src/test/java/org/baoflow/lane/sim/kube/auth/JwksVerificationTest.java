package org.baoflow.lane.sim.kube.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Verifies issued tokens the way OpenBao's JWT auth does, from the published JWKS alone and with
 * nothing but the JDK: find the key by {@code kid}, rebuild it, check the signature and claims.
 */
class JwksVerificationTest {

  @ParameterizedTest
  @EnumSource(SigningAlgorithm.class)
  void tokenVerifiesAgainstThePublishedJwks(SigningAlgorithm algorithm) throws Exception {
    LaneCluster cluster = new LaneCluster("https://lane-a.example", algorithm);
    String token = cluster.workerToken("openbao");
    String[] parts = token.split("\\.");
    JsonNode header = decode(parts[0]);
    JsonNode jwks = LaneCluster.json(cluster.call("GET", "/openid/v1/jwks", null));
    JsonNode jwk = jwks.path("keys").get(0);

    assertThat(header.path("alg").asText()).isEqualTo(algorithm.name());
    assertThat(header.path("kid").asText()).isEqualTo(jwk.path("kid").asText());
    PublicKey key = publicKey(jwk);
    Signature verifier = Signature.getInstance(jcaName(algorithm));
    verifier.initVerify(key);
    verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    assertThat(jwk.path("kid").asText()).isEqualTo(kubernetesKeyId(key));
  }

  @ParameterizedTest
  @EnumSource(SigningAlgorithm.class)
  void claimsHaveTheShapeOfAProjectedToken(SigningAlgorithm algorithm) {
    LaneCluster cluster = new LaneCluster("https://lane-a.example", algorithm);
    JsonNode claims = decode(cluster.workerToken("openbao", "vault").split("\\.")[1]);

    assertThat(claims.path("iss").asText()).isEqualTo("https://lane-a.example");
    assertThat(claims.path("sub").asText())
        .isEqualTo("system:serviceaccount:baoflow:baoflow-worker");
    assertThat(claims.path("aud").isArray()).isTrue();
    assertThat(claims.path("aud").toString()).isEqualTo("[\"openbao\",\"vault\"]");
    long issuedAt = LaneCluster.START.getEpochSecond();
    assertThat(claims.path("iat").asLong()).isEqualTo(issuedAt);
    assertThat(claims.path("nbf").asLong()).isEqualTo(issuedAt);
    assertThat(claims.path("exp").asLong()).isEqualTo(issuedAt + 3600);
    assertThat(claims.path("jti").asText()).isNotBlank();
    JsonNode kubernetes = claims.path("kubernetes.io");
    assertThat(kubernetes.path("namespace").asText()).isEqualTo("baoflow");
    assertThat(kubernetes.path("serviceaccount").path("name").asText()).isEqualTo("baoflow-worker");
    assertThat(kubernetes.path("serviceaccount").path("uid").asText()).isEqualTo("uid-worker-1");
    assertThat(kubernetes.has("pod")).isFalse();
  }

  private static String jcaName(SigningAlgorithm algorithm) {
    // Spelled out here rather than taken from the enum, so the test checks the enum too.
    return algorithm == SigningAlgorithm.RS256 ? "SHA256withRSA" : "SHA256withECDSAinP1363Format";
  }

  private static PublicKey publicKey(JsonNode jwk) throws Exception {
    assertThat(jwk.path("use").asText()).isEqualTo("sig");
    if ("RSA".equals(jwk.path("kty").asText())) {
      return KeyFactory.getInstance("RSA")
          .generatePublic(new RSAPublicKeySpec(number(jwk, "n"), number(jwk, "e")));
    }
    assertThat(jwk.path("crv").asText()).isEqualTo("P-256");
    assertThat(Base64.getUrlDecoder().decode(jwk.path("x").asText())).hasSize(32);
    AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
    parameters.init(new ECGenParameterSpec("secp256r1"));
    ECParameterSpec curve = parameters.getParameterSpec(ECParameterSpec.class);
    ECPoint point = new ECPoint(number(jwk, "x"), number(jwk, "y"));
    return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, curve));
  }

  private static BigInteger number(JsonNode jwk, String member) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path(member).asText()));
  }

  private static String kubernetesKeyId(PublicKey key) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }

  private static JsonNode decode(String segment) {
    try {
      return LaneCluster.MAPPER.readTree(Base64.getUrlDecoder().decode(segment));
    } catch (Exception e) {
      throw new AssertionError("segment is not base64url JSON", e);
    }
  }
}
