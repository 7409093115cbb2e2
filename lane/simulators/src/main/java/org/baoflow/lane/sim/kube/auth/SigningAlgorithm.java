package org.baoflow.lane.sim.kube.auth;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

/**
 * The two JWS algorithms a Kubernetes API server signs service-account tokens with: RS256 for an
 * RSA key and ES256 for an EC P-256 key.
 */
public enum SigningAlgorithm {
  RS256("SHA256withRSA"),
  /** The P1363 variant yields the raw R||S signature that JWS requires, not the DER of Java. */
  ES256("SHA256withECDSAinP1363Format");

  private final String jcaSignature;

  SigningAlgorithm(String jcaSignature) {
    this.jcaSignature = jcaSignature;
  }

  /** The JCA name of the signature scheme, for {@link java.security.Signature#getInstance}. */
  public String jcaSignature() {
    return jcaSignature;
  }

  KeyPair generateKeyPair() {
    try {
      if (this == RS256) {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
      }
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot generate a " + name() + " key", e);
    }
  }
}
