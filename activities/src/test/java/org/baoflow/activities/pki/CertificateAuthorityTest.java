package org.baoflow.activities.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baoflow.activities.pki.PkiFixtures.DEV_SANS;
import static org.baoflow.activities.pki.PkiFixtures.NOW;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CertificateAuthorityTest {

  /** The order of the P-256 group (FIPS 186-4, D.1.2.3): identifies the curve. */
  private static final BigInteger P256_ORDER =
      new BigInteger("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551", 16);

  private static final String BASIC_CONSTRAINTS = "2.5.29.19";
  private static final String KEY_USAGE = "2.5.29.15";
  private static final String SUBJECT_KEY_ID = "2.5.29.14";
  private static final String AUTHORITY_KEY_ID = "2.5.29.35";

  private static CertificateAuthority authority;
  private static X509Certificate ca;
  private static X509Certificate server;

  @BeforeAll
  static void issue() throws Exception {
    authority = CertificateAuthority.create("dev", NOW);
    IssuedCertificate issued = authority.issueServerCertificate("dev", "default", DEV_SANS, NOW);
    // Re-parse with the JDK alone, as OpenBao's clients would see the PEM.
    ca = parse(PemCodec.encodeCertificates(List.of(authority.certificate())));
    server = parse(PemCodec.encodeCertificates(List.of(issued.certificate())));
  }

  @Test
  void caIsSelfSignedP256WithTenYearValidity() throws Exception {
    assertThat(ca.getSubjectX500Principal().getName()).isEqualTo("CN=dev OpenBao Root CA");
    assertThat(ca.getIssuerX500Principal()).isEqualTo(ca.getSubjectX500Principal());
    ca.verify(ca.getPublicKey());
    assertThat(ca.getNotBefore().toInstant()).isEqualTo(NOW.minus(Duration.ofHours(1)));
    assertThat(ca.getNotAfter().toInstant()).isEqualTo(Instant.parse("2036-03-01T12:00:00Z"));
    assertP256(ca);
  }

  @Test
  void caHasCriticalCaConstraintsAndSigningKeyUsage() {
    assertThat(ca.getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
    assertThat(ca.getCriticalExtensionOIDs()).contains(BASIC_CONSTRAINTS, KEY_USAGE);
    boolean[] usage = ca.getKeyUsage();
    assertThat(usage[5]).as("keyCertSign").isTrue();
    assertThat(usage[6]).as("cRLSign").isTrue();
    assertThat(usage[0]).as("digitalSignature").isFalse();
    assertThat(ca.getExtensionValue(SUBJECT_KEY_ID)).isNotNull();
  }

  @Test
  void serialsArePositive128BitAndRandom() {
    BigInteger serial = ca.getSerialNumber();
    assertThat(serial.signum()).isEqualTo(1);
    assertThat(serial.bitLength()).isEqualTo(128);
    assertThat(server.getSerialNumber().bitLength()).isEqualTo(128);
    assertThat(CertificateAuthority.create("dev", NOW).certificate().getSerialNumber())
        .isNotEqualTo(serial);
  }

  @Test
  void serverCertificateIsSignedByTheCaForOneYear() throws Exception {
    assertThat(server.getSubjectX500Principal().getName()).isEqualTo("CN=dev.default.svc");
    assertThat(server.getIssuerX500Principal()).isEqualTo(ca.getSubjectX500Principal());
    server.verify(ca.getPublicKey());
    assertThat(server.getNotBefore().toInstant()).isEqualTo(NOW.minus(Duration.ofHours(1)));
    assertThat(server.getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(365)));
    assertThat(server.getSigAlgName()).isEqualTo("SHA256withECDSA");
    assertP256(server);
  }

  @Test
  void serverCertificateIsALeafForServerAndClientAuth() throws Exception {
    assertThat(server.getBasicConstraints()).isEqualTo(-1);
    assertThat(server.getExtendedKeyUsage())
        .containsExactlyInAnyOrder("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
    boolean[] usage = server.getKeyUsage();
    assertThat(usage[0]).as("digitalSignature").isTrue();
    assertThat(usage[4]).as("keyAgreement").isTrue();
    assertThat(usage[2]).as("keyEncipherment (RSA only)").isFalse();
    assertThat(usage[5]).as("keyCertSign").isFalse();
    assertThat(server.getCriticalExtensionOIDs()).contains(KEY_USAGE);
  }

  @Test
  void authorityKeyIdentifierNamesTheCaKey() throws Exception {
    byte[] caKeyId =
        SubjectKeyIdentifier.getInstance(
                JcaX509ExtensionUtils.parseExtensionValue(ca.getExtensionValue(SUBJECT_KEY_ID)))
            .getKeyIdentifier();
    byte[] authorityKeyId =
        AuthorityKeyIdentifier.getInstance(
                JcaX509ExtensionUtils.parseExtensionValue(
                    server.getExtensionValue(AUTHORITY_KEY_ID)))
            .getKeyIdentifierOctets();
    assertThat(authorityKeyId).isEqualTo(caKeyId);
  }

  @Test
  void serverCertificateCarriesExactlyTheRequestedSans() throws Exception {
    assertThat(server.getSubjectAlternativeNames())
        .contains(
            List.of(2, "dev-2.dev.default.svc"),
            List.of(2, "*.dev.default.svc.cluster.local"),
            List.of(2, "openbao-cluster-dev.local"),
            List.of(7, "127.0.0.1"));
    assertThat(SubjectAltNames.of(server)).isEqualTo(DEV_SANS);
  }

  @Test
  void serverCertificateNeedsSans() {
    assertThatThrownBy(
            () ->
                authority.issueServerCertificate(
                    "dev", "default", new SubjectAltNames(List.of(), List.of()), NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void restoredCaIssuesCertificatesThatVerifyAgainstTheOriginal() throws Exception {
    CertificateAuthority restored =
        CertificateAuthority.of(
            PemCodec.decodeCertificates(PemCodec.encodeCertificates(List.of(ca))).get(0),
            PemCodec.decodePrivateKey(PemCodec.encodePrivateKey(authority.privateKey())));

    X509Certificate issued =
        restored.issueServerCertificate("dev", "default", DEV_SANS, NOW).certificate();

    issued.verify(ca.getPublicKey());
  }

  @Test
  void restoringRejectsALeafOrAForeignKey() {
    IssuedCertificate leaf = authority.issueServerCertificate("dev", "default", DEV_SANS, NOW);
    CertificateAuthority other = CertificateAuthority.create("other", NOW);

    assertThatThrownBy(() -> CertificateAuthority.of(leaf.certificate(), leaf.privateKey()))
        .hasMessageContaining("not a CA");
    assertThatThrownBy(() -> CertificateAuthority.of(ca, other.privateKey()))
        .hasMessageContaining("does not belong");
  }

  @Test
  void toStringNeverShowsTheKey() {
    IssuedCertificate leaf = authority.issueServerCertificate("dev", "default", DEV_SANS, NOW);
    String keyBase64 = Base64.getEncoder().encodeToString(leaf.privateKey().getEncoded());

    assertThat(leaf.toString()).contains("<redacted>").doesNotContain(keyBase64.substring(0, 24));
    assertThat(authority.toString()).contains("<redacted>");
  }

  private static void assertP256(X509Certificate certificate) {
    assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("EC");
    ECPublicKey key = (ECPublicKey) certificate.getPublicKey();
    assertThat(key.getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
    assertThat(key.getParams().getOrder()).isEqualTo(P256_ORDER);
  }

  private static X509Certificate parse(String pem) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
  }
}
