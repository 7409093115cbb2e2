package org.baoflow.activities.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baoflow.activities.pki.PkiFixtures.DEV_SANS;
import static org.baoflow.activities.pki.PkiFixtures.NOW;

import java.io.StringWriter;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PemCodecTest {

  /** OpenSSL's {@code ecparam -genkey} output starts with this block (the P-256 curve OID). */
  private static final String EC_PARAMETERS =
      "-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n";

  private static CertificateAuthority authority;
  private static IssuedCertificate server;

  @BeforeAll
  static void issue() {
    authority = CertificateAuthority.create("dev", NOW);
    server = authority.issueServerCertificate("dev", "default", DEV_SANS, NOW);
  }

  @Test
  void certificateBundleRoundTripsInOrder() {
    List<X509Certificate> bundle = List.of(server.certificate(), authority.certificate());

    String pem = PemCodec.encodeCertificates(bundle);

    assertThat(pem)
        .startsWith("-----BEGIN CERTIFICATE-----\n")
        .endsWith("-----END CERTIFICATE-----\n");
    assertThat(pem.lines()).allMatch(line -> line.length() <= 64);
    assertThat(PemCodec.decodeCertificates(pem)).containsExactlyElementsOf(bundle);
  }

  @Test
  void privateKeyRoundTripsAsPkcs8() {
    String pem = PemCodec.encodePrivateKey(server.privateKey());

    assertThat(pem)
        .startsWith("-----BEGIN PRIVATE KEY-----\n")
        .endsWith("-----END PRIVATE KEY-----\n");
    assertThat(PemCodec.decodePrivateKey(pem).getEncoded())
        .isEqualTo(server.privateKey().getEncoded());
  }

  @Test
  void decodesSec1EcKeysIncludingOpenSslsParameterBlock() throws Exception {
    String sec1 = openSslSec1Pem((ECPrivateKey) server.privateKey(), server.certificate());

    PrivateKey decoded = PemCodec.decodePrivateKey(EC_PARAMETERS + sec1);

    assertThat(KeyMatch.matches(decoded, server.certificate().getPublicKey())).isTrue();
  }

  @Test
  void decodesPkcs1RsaKeys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair rsa = generator.generateKeyPair();
    String pkcs1 = traditionalPem(rsa.getPrivate());
    assertThat(pkcs1).startsWith("-----BEGIN RSA PRIVATE KEY-----");

    PrivateKey decoded = PemCodec.decodePrivateKey(pkcs1);

    assertThat(KeyMatch.matches(decoded, rsa.getPublic())).isTrue();
  }

  @Test
  void rejectsTextWithoutCertificates() {
    assertThatThrownBy(() -> PemCodec.decodeCertificates("hello"))
        .isInstanceOf(PemFormatException.class)
        .hasMessage("no PEM CERTIFICATE block found");
    assertThatThrownBy(() -> PemCodec.decodeCertificates(null))
        .isInstanceOf(PemFormatException.class);
  }

  @Test
  void rejectsAKeyWhereCertificatesBelongWithoutQuotingIt() {
    String keyPem = PemCodec.encodePrivateKey(server.privateKey());

    assertThatThrownBy(() -> PemCodec.decodeCertificates(keyPem))
        .isInstanceOf(PemFormatException.class)
        .hasMessageContaining("found a private key block")
        .satisfies(e -> assertNoKeyMaterial(e.getMessage(), keyPem));
  }

  @Test
  void rejectsACertificateWhereTheKeyBelongs() {
    assertThatThrownBy(
            () ->
                PemCodec.decodePrivateKey(
                    PemCodec.encodeCertificates(List.of(server.certificate()))))
        .isInstanceOf(PemFormatException.class)
        .hasMessageContaining("found a CERTIFICATE block");
  }

  @Test
  void corruptKeyErrorCarriesNeitherKeyTextNorCause() {
    String keyPem = PemCodec.encodePrivateKey(server.privateKey());
    List<String> lines = keyPem.lines().toList();
    // Keep only the first base64 line: valid base64, truncated DER.
    String truncated =
        lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(lines.size() - 1) + "\n";

    assertThatThrownBy(() -> PemCodec.decodePrivateKey(truncated))
        .isInstanceOf(PemFormatException.class)
        .hasMessage("the private key PEM block is malformed")
        .hasNoCause();
  }

  @Test
  void encryptedKeysAreRefusedWithAClearMessage() throws Exception {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(
          new JcaPKCS8Generator(
              server.privateKey(),
              new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                  .setProvider(new BouncyCastleProvider())
                  .setPassword("secret".toCharArray())
                  .build()));
    }

    assertThatThrownBy(() -> PemCodec.decodePrivateKey(out.toString()))
        .isInstanceOf(PemFormatException.class)
        .hasMessageContaining("encrypted");
  }

  @Test
  void missingKeyIsReported() {
    assertThatThrownBy(() -> PemCodec.decodePrivateKey(""))
        .isInstanceOf(PemFormatException.class)
        .hasMessageContaining("no PEM private key found");
  }

  static void assertNoKeyMaterial(String text, String keyPem) {
    Arrays.stream(keyPem.split("\n"))
        .filter(line -> !line.startsWith("-----"))
        .forEach(
            line ->
                assertThat(text).doesNotContain(line.substring(0, Math.min(16, line.length()))));
  }

  private static String traditionalPem(PrivateKey key) throws Exception {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(key);
    }
    return out.toString();
  }

  /** An {@code EC PRIVATE KEY} block as OpenSSL writes it: with curve OID and public key. */
  private static String openSslSec1Pem(ECPrivateKey key, X509Certificate certificate)
      throws Exception {
    DERBitString publicKey =
        new DERBitString(
            SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded())
                .getPublicKeyData()
                .getBytes());
    org.bouncycastle.asn1.sec.ECPrivateKey sec1 =
        new org.bouncycastle.asn1.sec.ECPrivateKey(
            256, key.getS(), publicKey, new X962Parameters(SECObjectIdentifiers.secp256r1));
    StringWriter out = new StringWriter();
    try (PemWriter writer = new PemWriter(out)) {
      writer.writeObject(new PemObject("EC PRIVATE KEY", sec1.getEncoded()));
    }
    return out.toString();
  }
}
