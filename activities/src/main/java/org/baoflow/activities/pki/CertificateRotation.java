package org.baoflow.activities.pki;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/** Decides whether the operator-managed server certificate must be re-issued. */
public final class CertificateRotation {

  private CertificateRotation() {}

  /**
   * Re-issue when the certificate is expired or not yet valid, when its SANs differ from {@code
   * wanted} (extra names count too: they may name pods that no longer exist), or when less than
   * {@code rotationPeriod} is left before it expires.
   */
  public static RotationDecision decide(
      X509Certificate current, SubjectAltNames wanted, Duration rotationPeriod, Instant now) {
    Instant notBefore = current.getNotBefore().toInstant();
    Instant notAfter = current.getNotAfter().toInstant();
    // X.509 validity includes both bounds.
    if (now.isAfter(notAfter)) {
      return RotationDecision.of(RotationDecision.Reason.EXPIRED, notAfter);
    }
    if (now.isBefore(notBefore)) {
      return RotationDecision.of(RotationDecision.Reason.NOT_YET_VALID, notAfter);
    }
    if (!SubjectAltNames.of(current).equals(wanted)) {
      return RotationDecision.of(RotationDecision.Reason.SANS_DRIFTED, notAfter);
    }
    if (Duration.between(now, notAfter).compareTo(rotationPeriod) < 0) {
      return RotationDecision.of(RotationDecision.Reason.EXPIRING, notAfter);
    }
    return RotationDecision.of(RotationDecision.Reason.VALID, notAfter);
  }
}
