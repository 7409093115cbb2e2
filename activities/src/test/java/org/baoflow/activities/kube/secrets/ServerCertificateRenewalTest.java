package org.baoflow.activities.kube.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.baoflow.activities.pki.CertificateAuthority;
import org.baoflow.activities.pki.IssuedCertificate;
import org.baoflow.activities.pki.SanRequest;
import org.baoflow.activities.pki.ServerSans;
import org.baoflow.activities.pki.SubjectAltNames;
import org.junit.jupiter.api.Test;

/** When the server certificate is re-issued, from certificates of a real CA. */
class ServerCertificateRenewalTest {
  private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
  private static final Duration PERIOD = Duration.ofDays(30);
  private static final CertificateAuthority CA = CertificateAuthority.create("dev", NOW);
  private static final IssuedCertificate THREE_PODS =
      CA.issueServerCertificate("dev", "openbao", sans(3), NOW);

  @Test
  void aFreshCertificateForTheSamePodsIsKept() {
    assertThat(due(sans(3), NOW.plus(Duration.ofDays(1)))).isFalse();
  }

  @Test
  void aNewPodIsCoveredByTheHeadlessServiceWildcardSoScalingRollsNothing() {
    assertThat(SubjectAltNames.of(THREE_PODS.certificate()).dnsNames())
        .contains("*.dev.openbao.svc");

    assertThat(due(sans(4), NOW)).isFalse();
  }

  @Test
  void aNameOutsideTheWildcardIsMissingAndReissues() {
    SubjectAltNames withHost =
        ServerSans.compute(
            new SanRequest(
                "dev",
                "openbao",
                List.of(new SanRequest.PodSet("dev", 3)),
                false,
                null,
                List.of("bao.example.com"),
                List.of()));

    assertThat(due(withHost, NOW)).isTrue();
  }

  @Test
  void fewerPodsKeepTheCertificate() {
    assertThat(due(sans(1), NOW)).isFalse();
  }

  @Test
  void theRenewalPointIsTheRotationPeriodBeforeExpiry() {
    Instant notAfter = THREE_PODS.certificate().getNotAfter().toInstant();
    Instant renewAt = ServerCertificateRenewal.renewAt(notAfter, PERIOD);

    assertThat(renewAt).isEqualTo(notAfter.minus(PERIOD));
    assertThat(due(sans(3), renewAt.minusSeconds(1))).isFalse();
    assertThat(due(sans(3), renewAt.plusSeconds(1))).isTrue();
  }

  @Test
  void aCertificateOfAnotherCaIsReplaced() {
    CertificateAuthority other = CertificateAuthority.create("dev", NOW);

    assertThat(
            ServerCertificateRenewal.due(
                THREE_PODS.certificate(), other.certificate().getPublicKey(), sans(3), PERIOD, NOW))
        .isTrue();
  }

  private static boolean due(SubjectAltNames wanted, Instant now) {
    return ServerCertificateRenewal.due(
        THREE_PODS.certificate(), CA.certificate().getPublicKey(), wanted, PERIOD, now);
  }

  private static SubjectAltNames sans(int replicas) {
    return ServerSans.compute(
        new SanRequest(
            "dev",
            "openbao",
            List.of(new SanRequest.PodSet("dev", replicas)),
            false,
            null,
            List.of(),
            List.of()));
  }
}
