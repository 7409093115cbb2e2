package org.baoflow.activities.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A certificate together with the private key it was issued for.
 *
 * @param certificate the issued certificate
 * @param privateKey its private key; never printed by {@link #toString()}
 */
public record IssuedCertificate(X509Certificate certificate, PrivateKey privateKey) {

  public IssuedCertificate {
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(privateKey, "privateKey");
  }

  @Override
  public String toString() {
    // The record default would print the key object; keep secrets out of logs.
    return "IssuedCertificate[subject="
        + certificate.getSubjectX500Principal().getName()
        + ", notAfter="
        + certificate.getNotAfter().toInstant()
        + ", privateKey=<redacted>]";
  }
}
