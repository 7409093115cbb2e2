package org.baoflow.activities.pki;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/**
 * The SHA-256 fingerprint of a certificate's DER encoding, as lower-case hex: the value of the
 * {@code openbao.org/tls-cert-hash} pod annotation, which changes exactly when the certificate
 * does.
 */
public final class CertificateFingerprint {

  private CertificateFingerprint() {}

  public static String sha256Hex(X509Certificate certificate) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      return HexFormat.of().formatHex(digest);
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("the certificate cannot be DER-encoded", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
