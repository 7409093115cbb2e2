package org.baoflow.activities.pki;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Map;

/**
 * Whether a private key belongs to a public key, proven by signing a probe with one and verifying
 * with the other; this works the same for every key type without extracting key internals.
 */
final class KeyMatch {

  private static final Map<String, String> PROBE_SIGNATURES =
      Map.of(
          "EC", "SHA256withECDSA",
          "RSA", "SHA256withRSA",
          "Ed25519", "Ed25519",
          "EdDSA", "EdDSA");
  private static final byte[] PROBE = "baoflow key match probe".getBytes(StandardCharsets.UTF_8);

  private KeyMatch() {}

  /** True if both keys are one pair; false for different pairs or unsupported key types. */
  static boolean matches(PrivateKey privateKey, PublicKey publicKey) {
    String algorithm = PROBE_SIGNATURES.get(privateKey.getAlgorithm());
    if (algorithm == null || !privateKey.getAlgorithm().equals(publicKey.getAlgorithm())) {
      return false;
    }
    try {
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(privateKey);
      signer.update(PROBE);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(publicKey);
      verifier.update(PROBE);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      // Keys of the same type that cannot sign/verify together are not a pair.
      return false;
    }
  }

  static boolean isSupported(PrivateKey privateKey) {
    return PROBE_SIGNATURES.containsKey(privateKey.getAlgorithm());
  }
}
