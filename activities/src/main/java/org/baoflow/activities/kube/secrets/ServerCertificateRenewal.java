package org.baoflow.activities.kube.secrets;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.baoflow.activities.pki.CertificateRotation;
import org.baoflow.activities.pki.SubjectAltNames;

/**
 * When the operator-managed server certificate is re-issued: when it is not signed by the cluster's
 * CA, does not cover a name the pods need, or has reached its renewal point (notAfter minus the
 * spec's rotation period). Extra names alone never trigger a re-issue, and a new pod's name is
 * covered by the headless Service's wildcard the certificate always carries, so scaling in either
 * direction never rolls the pods for a new certificate (the anchor operator re-issues on every
 * replica change). The next certificate lists the new pods literally.
 */
final class ServerCertificateRenewal {
  private ServerCertificateRenewal() {}

  /** Whether {@code current} must be replaced at {@code now}. */
  static boolean due(
      X509Certificate current,
      PublicKey caKey,
      SubjectAltNames wanted,
      Duration rotationPeriod,
      Instant now) {
    if (!signedBy(current, caKey)) {
      return true;
    }
    SubjectAltNames present = SubjectAltNames.of(current);
    if (!wanted.notCoveredBy(present).isEmpty()) {
      return true;
    }
    // Its own SANs as the wanted set: only validity and the rotation period decide here.
    return CertificateRotation.decide(current, present, rotationPeriod, now).rotate();
  }

  /** When a certificate expiring at {@code notAfter} is renewed. */
  static Instant renewAt(Instant notAfter, Duration rotationPeriod) {
    return notAfter.minus(rotationPeriod);
  }

  private static boolean signedBy(X509Certificate certificate, PublicKey caKey) {
    try {
      certificate.verify(caKey);
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
