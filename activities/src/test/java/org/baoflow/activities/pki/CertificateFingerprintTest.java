package org.baoflow.activities.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baoflow.activities.pki.PkiFixtures.DEV_SANS;
import static org.baoflow.activities.pki.PkiFixtures.NOW;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateFingerprintTest {

  @Test
  void matchesOpenSslsSha256Fingerprint() throws Exception {
    // Expected value from: openssl x509 -in openssl-fixture.crt -noout -fingerprint -sha256
    X509Certificate fixture = PemCodec.decodeCertificates(resource("openssl-fixture.crt")).get(0);

    assertThat(CertificateFingerprint.sha256Hex(fixture))
        .isEqualTo("da2599c688cbfc1bce325876eb86b324a6b5a1a98376df2b5568ad8a35b3ba73");
  }

  @Test
  void changesWithTheCertificateButNotWithItsEncodingRoundTrip() {
    CertificateAuthority authority = CertificateAuthority.create("dev", NOW);
    X509Certificate first =
        authority.issueServerCertificate("dev", "default", DEV_SANS, NOW).certificate();
    X509Certificate second =
        authority.issueServerCertificate("dev", "default", DEV_SANS, NOW).certificate();
    X509Certificate reparsed =
        PemCodec.decodeCertificates(PemCodec.encodeCertificates(List.of(first))).get(0);

    assertThat(CertificateFingerprint.sha256Hex(first))
        .matches("[0-9a-f]{64}")
        .isEqualTo(CertificateFingerprint.sha256Hex(reparsed))
        .isNotEqualTo(CertificateFingerprint.sha256Hex(second));
  }

  private static String resource(String name) throws Exception {
    try (InputStream in = CertificateFingerprintTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }
}
