package org.baoflow.lane.sim.kube.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;

/**
 * A cluster's service-account signing key. Its key id is computed as the API server computes it:
 * the unpadded base64url SHA-256 of the public key's PKIX (SubjectPublicKeyInfo) DER, so a verifier
 * can pick the key from the JWKS by the token's {@code kid}.
 */
public final class SigningKey {

  private final SigningAlgorithm algorithm;
  private final KeyPair keyPair;
  private final String keyId;

  private SigningKey(SigningAlgorithm algorithm, KeyPair keyPair) {
    this.algorithm = algorithm;
    this.keyPair = keyPair;
    this.keyId = keyIdOf(keyPair.getPublic());
  }

  /** Generates a fresh key: RSA 2048 for RS256, P-256 for ES256. */
  public static SigningKey generate(SigningAlgorithm algorithm) {
    return new SigningKey(algorithm, algorithm.generateKeyPair());
  }

  /** The {@code kid} Kubernetes derives from a public key. */
  public static String keyIdOf(PublicKey publicKey) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
      return Base64Url.encode(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  public SigningAlgorithm algorithm() {
    return algorithm;
  }

  public String keyId() {
    return keyId;
  }

  public PublicKey publicKey() {
    return keyPair.getPublic();
  }

  byte[] sign(byte[] signingInput) {
    try {
      Signature signature = Signature.getInstance(algorithm.jcaSignature());
      signature.initSign(keyPair.getPrivate());
      signature.update(signingInput);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("signing with the " + algorithm + " key failed", e);
    }
  }

  /** True when the signature is this key's over the input; a malformed signature is false. */
  boolean verifies(byte[] signingInput, byte[] signatureBytes) {
    try {
      Signature signature = Signature.getInstance(algorithm.jcaSignature());
      signature.initVerify(keyPair.getPublic());
      signature.update(signingInput);
      return signature.verify(signatureBytes);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** The public key as the API server publishes it in {@code /openid/v1/jwks}. */
  ObjectNode publicJwk() {
    ObjectNode jwk = Json.object();
    jwk.put("use", "sig");
    if (keyPair.getPublic() instanceof RSAPublicKey rsa) {
      jwk.put("kty", "RSA");
      jwk.put("kid", keyId);
      jwk.put("alg", algorithm.name());
      jwk.put("n", Base64Url.encodeUnsigned(rsa.getModulus(), 0));
      jwk.put("e", Base64Url.encodeUnsigned(rsa.getPublicExponent(), 0));
    } else {
      ECPublicKey ec = (ECPublicKey) keyPair.getPublic();
      jwk.put("kty", "EC");
      jwk.put("kid", keyId);
      jwk.put("crv", "P-256");
      jwk.put("alg", algorithm.name());
      jwk.put("x", Base64Url.encodeUnsigned(ec.getW().getAffineX(), 32));
      jwk.put("y", Base64Url.encodeUnsigned(ec.getW().getAffineY(), 32));
    }
    return jwk;
  }
}
