package org.baoflow.activities.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baoflow.activities.pki.PkiFixtures.DEV_SANS;
import static org.baoflow.activities.pki.PkiFixtures.NOW;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.baoflow.activities.pki.RotationDecision.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CertificateRotationTest {

  private static final Duration PERIOD = Duration.ofDays(30);

  private static X509Certificate current;
  private static Instant notAfter;

  @BeforeAll
  static void issue() {
    current =
        CertificateAuthority.create("dev", NOW)
            .issueServerCertificate("dev", "default", DEV_SANS, NOW)
            .certificate();
    notAfter = NOW.plus(Duration.ofDays(365));
  }

  @Test
  void freshCertificateWithTheWantedSansIsKept() {
    assertThat(CertificateRotation.decide(current, DEV_SANS, PERIOD, NOW))
        .isEqualTo(new RotationDecision(false, Reason.VALID, notAfter));
  }

  @Test
  void rotatesOnceLessThanThePeriodIsLeft() {
    Instant boundary = notAfter.minus(PERIOD);

    assertThat(CertificateRotation.decide(current, DEV_SANS, PERIOD, boundary).reason())
        .isEqualTo(Reason.VALID);
    assertThat(CertificateRotation.decide(current, DEV_SANS, PERIOD, boundary.plusSeconds(1)))
        .isEqualTo(new RotationDecision(true, Reason.EXPIRING, notAfter));
  }

  @Test
  void expiredAfterNotAfter() {
    assertThat(CertificateRotation.decide(current, DEV_SANS, PERIOD, notAfter).reason())
        .isEqualTo(Reason.EXPIRING);
    assertThat(CertificateRotation.decide(current, DEV_SANS, PERIOD, notAfter.plusSeconds(1)))
        .isEqualTo(new RotationDecision(true, Reason.EXPIRED, notAfter));
  }

  @Test
  void notYetValidBeforeNotBefore() {
    Instant beforeNotBefore = NOW.minus(Duration.ofHours(1)).minusSeconds(1);

    assertThat(CertificateRotation.decide(current, DEV_SANS, PERIOD, beforeNotBefore))
        .isEqualTo(new RotationDecision(true, Reason.NOT_YET_VALID, notAfter));
  }

  @Test
  void scalingUpOrDownDriftsTheSans() {
    SubjectAltNames scaledUp = ServerSans.compute(PkiFixtures.devWithReplicas(5));
    SubjectAltNames scaledDown = ServerSans.compute(PkiFixtures.devWithReplicas(1));

    assertThat(CertificateRotation.decide(current, scaledUp, PERIOD, NOW))
        .isEqualTo(new RotationDecision(true, Reason.SANS_DRIFTED, notAfter));
    assertThat(CertificateRotation.decide(current, scaledDown, PERIOD, NOW).reason())
        .isEqualTo(Reason.SANS_DRIFTED);
  }

  @Test
  void expiryOutranksDrift() {
    SubjectAltNames scaledUp = ServerSans.compute(PkiFixtures.devWithReplicas(5));

    assertThat(
            CertificateRotation.decide(current, scaledUp, PERIOD, notAfter.plusSeconds(1)).reason())
        .isEqualTo(Reason.EXPIRED);
  }

  @Test
  void decisionKeepsRotateConsistentWithTheReason() {
    assertThatThrownBy(() -> new RotationDecision(false, Reason.EXPIRED, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RotationDecision(true, Reason.VALID, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
