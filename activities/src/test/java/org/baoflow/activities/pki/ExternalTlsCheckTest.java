package org.baoflow.activities.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baoflow.activities.pki.PkiFixtures.DEV_SANS;
import static org.baoflow.activities.pki.PkiFixtures.NOW;

import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX500NameUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExternalTlsCheckTest {

  private static CertificateAuthority authority;
  private static IssuedCertificate server;
  private static String caPem;
  private static String serverPem;
  private static String keyPem;

  @BeforeAll
  static void issue() {
    authority = CertificateAuthority.create("dev", NOW);
    server = authority.issueServerCertificate("dev", "default", DEV_SANS, NOW);
    caPem = PemCodec.encodeCertificates(List.of(authority.certificate()));
    serverPem = PemCodec.encodeCertificates(List.of(server.certificate()));
    keyPem = PemCodec.encodePrivateKey(server.privateKey());
  }

  @Test
  void goodBundleHasNoProblems() {
    ExternalTlsReport report =
        ExternalTlsCheck.check(new ExternalTlsMaterial(caPem, serverPem, keyPem), DEV_SANS, NOW);

    assertThat(report.problems()).isEmpty();
    assertThat(report.valid()).isTrue();
  }

  @Test
  void caThatDidNotSignTheServerCertificateIsNamed() {
    String otherCa =
        PemCodec.encodeCertificates(List.of(CertificateAuthority.create("dev", NOW).certificate()));

    ExternalTlsReport report =
        ExternalTlsCheck.check(new ExternalTlsMaterial(otherCa, serverPem, keyPem), DEV_SANS, NOW);

    assertThat(report.valid()).isFalse();
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.secretKey()).isEqualTo("ca.crt");
              assertThat(problem.message())
                  .contains("does not hold the CA that signed tls.crt")
                  .doesNotContain("BEGIN");
            });
  }

  @Test
  void keyOfAnotherCertificateIsNamedWithoutQuotingIt() {
    String otherKey =
        PemCodec.encodePrivateKey(
            authority.issueServerCertificate("dev", "default", DEV_SANS, NOW).privateKey());

    ExternalTlsReport report =
        ExternalTlsCheck.check(new ExternalTlsMaterial(caPem, serverPem, otherKey), DEV_SANS, NOW);

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.secretKey()).isEqualTo("tls.key");
              assertThat(problem.message()).contains("not the private key of the certificate");
              PemCodecTest.assertNoKeyMaterial(problem.message(), otherKey);
            });
  }

  @Test
  void expiredServerCertificateIsReportedWithItsExpiry() {
    IssuedCertificate old =
        authority.issueServerCertificate(
            "dev", "default", DEV_SANS, NOW.minus(Duration.ofDays(400)));
    ExternalTlsMaterial material =
        new ExternalTlsMaterial(
            caPem,
            PemCodec.encodeCertificates(List.of(old.certificate())),
            PemCodec.encodePrivateKey(old.privateKey()));

    ExternalTlsReport report = ExternalTlsCheck.check(material, DEV_SANS, NOW);

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.secretKey()).isEqualTo("tls.crt");
              assertThat(problem.message())
                  .contains("expired at " + NOW.minus(Duration.ofDays(35)), "renew");
            });
  }

  @Test
  void podNamesCoveredByTheWildcardAreNotDemanded() {
    // dev-3 is not listed in the certificate, but *.dev.default.svc[.cluster.local] covers it.
    SubjectAltNames wanted = ServerSans.compute(PkiFixtures.devWithReplicas(4));

    ExternalTlsReport report =
        ExternalTlsCheck.check(new ExternalTlsMaterial(caPem, serverPem, keyPem), wanted, NOW);

    assertThat(report.problems()).isEmpty();
  }

  @Test
  void missingSansAreNamed() {
    SanRequest withEdge =
        new SanRequest(
            "dev",
            "default",
            List.of(new SanRequest.PodSet("dev", 3)),
            false,
            null,
            List.of("bao.example.com"),
            List.of("10.0.0.9"));

    ExternalTlsReport report =
        ExternalTlsCheck.check(
            new ExternalTlsMaterial(caPem, serverPem, keyPem), ServerSans.compute(withEdge), NOW);

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.secretKey()).isEqualTo("tls.crt");
              assertThat(problem.message())
                  .contains("does not cover bao.example.com, 10.0.0.9", "subjectAltName");
            });
  }

  @Test
  void serverCertificateIssuedByAnIntermediateVerifiesWhenTlsCrtCarriesTheIntermediate() {
    KeyPair intermediateKeys = CertificateSigning.newP256KeyPair();
    CertificateAuthority intermediate =
        CertificateAuthority.of(
            CertificateSigning.issue(
                JcaX500NameUtil.getSubject(authority.certificate()),
                CertificateSigning.commonName("dev intermediate"),
                NOW.minus(Duration.ofHours(1)),
                NOW.plus(Duration.ofDays(900)),
                intermediateKeys.getPublic(),
                authority.privateKey(),
                List.of(
                    CertificateSigning.extension(
                        Extension.basicConstraints, true, new BasicConstraints(0)),
                    CertificateSigning.extension(
                        Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign)))),
            intermediateKeys.getPrivate());
    IssuedCertificate leaf = intermediate.issueServerCertificate("dev", "default", DEV_SANS, NOW);
    String leafKey = PemCodec.encodePrivateKey(leaf.privateKey());

    ExternalTlsReport withIntermediate =
        ExternalTlsCheck.check(
            new ExternalTlsMaterial(
                caPem,
                PemCodec.encodeCertificates(
                    List.of(leaf.certificate(), intermediate.certificate())),
                leafKey),
            DEV_SANS,
            NOW);
    ExternalTlsReport leafOnly =
        ExternalTlsCheck.check(
            new ExternalTlsMaterial(
                caPem, PemCodec.encodeCertificates(List.of(leaf.certificate())), leafKey),
            DEV_SANS,
            NOW);

    assertThat(withIntermediate.problems()).isEmpty();
    assertThat(leafOnly.problems())
        .extracting(ExternalTlsReport.Problem::secretKey)
        .containsExactly("ca.crt");
  }

  @Test
  void emptyAndMisplacedEntriesAreEachNamed() {
    ExternalTlsReport report =
        ExternalTlsCheck.check(new ExternalTlsMaterial("", keyPem, serverPem), DEV_SANS, NOW);

    assertThat(report.problems())
        .extracting(ExternalTlsReport.Problem::secretKey)
        .containsExactly("ca.crt", "tls.crt", "tls.key");
    assertThat(report.problems().get(0).message()).contains("missing or empty");
    assertThat(report.problems().get(1).message()).contains("found a private key block");
    assertThat(report.problems().get(2).message()).contains("found a CERTIFICATE block");
    report
        .problems()
        .forEach(problem -> PemCodecTest.assertNoKeyMaterial(problem.message(), keyPem));
  }

  @Test
  void materialToStringHidesTheKey() {
    String text = new ExternalTlsMaterial(caPem, serverPem, keyPem).toString();

    assertThat(text).contains("tlsKey=<redacted>");
    PemCodecTest.assertNoKeyMaterial(text, keyPem);
  }
}
