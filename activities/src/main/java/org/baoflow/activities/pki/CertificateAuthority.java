package org.baoflow.activities.pki;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX500NameUtil;

/**
 * A cluster's own certificate authority: a self-signed ECDSA P-256 root that signs the server
 * certificate OpenBao serves on its API and Raft ports.
 */
public final class CertificateAuthority {

  static final int CA_VALIDITY_YEARS = 10;
  static final Duration SERVER_VALIDITY = Duration.ofDays(365);

  /** Back-dating absorbs clock skew between the issuer and the nodes that verify. */
  static final Duration BACKDATE = Duration.ofHours(1);

  private final IssuedCertificate root;

  private CertificateAuthority(IssuedCertificate root) {
    this.root = root;
  }

  /** Creates a new root CA named {@code <cluster> OpenBao Root CA}, valid 10 years from now. */
  public static CertificateAuthority create(String cluster, Instant now) {
    KeyPair keys = CertificateSigning.newP256KeyPair();
    X500Name name = CertificateSigning.commonName(cluster + " OpenBao Root CA");
    Instant notAfter = now.atOffset(ZoneOffset.UTC).plusYears(CA_VALIDITY_YEARS).toInstant();
    List<Extension> extensions =
        List.of(
            CertificateSigning.extension(
                Extension.basicConstraints, true, new BasicConstraints(true)),
            CertificateSigning.extension(
                Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)),
            CertificateSigning.extension(
                Extension.subjectKeyIdentifier,
                false,
                CertificateSigning.subjectKeyIdentifier(keys.getPublic())));
    X509Certificate certificate =
        CertificateSigning.issue(
            name,
            name,
            now.minus(BACKDATE),
            notAfter,
            keys.getPublic(),
            keys.getPrivate(),
            extensions);
    return new CertificateAuthority(new IssuedCertificate(certificate, keys.getPrivate()));
  }

  /**
   * Restores a CA from its stored certificate and key.
   *
   * @throws IllegalArgumentException if the certificate is not a CA or the key is not its key
   */
  public static CertificateAuthority of(X509Certificate certificate, PrivateKey privateKey) {
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(privateKey, "privateKey");
    if (certificate.getBasicConstraints() < 0) {
      throw new IllegalArgumentException("the certificate is not a CA (BasicConstraints CA=false)");
    }
    if (!KeyMatch.matches(privateKey, certificate.getPublicKey())) {
      throw new IllegalArgumentException("the private key does not belong to the CA certificate");
    }
    return new CertificateAuthority(new IssuedCertificate(certificate, privateKey));
  }

  public X509Certificate certificate() {
    return root.certificate();
  }

  public PrivateKey privateKey() {
    return root.privateKey();
  }

  /**
   * Issues the server certificate: CN {@code <cluster>.<namespace>.svc}, valid from an hour before
   * {@code now} for 365 days, usable as TLS server and client (Raft mTLS).
   */
  public IssuedCertificate issueServerCertificate(
      String cluster, String namespace, SubjectAltNames sans, Instant now) {
    if (sans.isEmpty()) {
      throw new IllegalArgumentException("a server certificate needs at least one SAN");
    }
    KeyPair keys = CertificateSigning.newP256KeyPair();
    List<Extension> extensions =
        List.of(
            CertificateSigning.extension(
                Extension.basicConstraints, true, new BasicConstraints(false)),
            // ECDSA keys sign (TLS 1.3 CertificateVerify); keyAgreement covers static ECDH suites.
            CertificateSigning.extension(
                Extension.keyUsage,
                true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement)),
            CertificateSigning.extension(
                Extension.extendedKeyUsage,
                false,
                new ExtendedKeyUsage(
                    new KeyPurposeId[] {
                      KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth
                    })),
            CertificateSigning.extension(
                Extension.subjectKeyIdentifier,
                false,
                CertificateSigning.subjectKeyIdentifier(keys.getPublic())),
            CertificateSigning.extension(
                Extension.authorityKeyIdentifier, false, authorityKeyIdentifier()),
            CertificateSigning.extension(
                Extension.subjectAlternativeName, false, sans.toGeneralNames()));
    X509Certificate certificate =
        CertificateSigning.issue(
            JcaX500NameUtil.getSubject(certificate()),
            CertificateSigning.commonName(cluster + "." + namespace + ".svc"),
            now.minus(BACKDATE),
            now.plus(SERVER_VALIDITY),
            keys.getPublic(),
            privateKey(),
            extensions);
    return new IssuedCertificate(certificate, keys.getPrivate());
  }

  /** Reuses the CA's own key identifier so chain builders can match issuer and subject keys. */
  private AuthorityKeyIdentifier authorityKeyIdentifier() {
    byte[] extension = certificate().getExtensionValue(Extension.subjectKeyIdentifier.getId());
    SubjectKeyIdentifier caKeyId =
        extension == null
            ? CertificateSigning.subjectKeyIdentifier(certificate().getPublicKey())
            : SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(extension).getOctets());
    return new AuthorityKeyIdentifier(caKeyId.getKeyIdentifier());
  }

  @Override
  public String toString() {
    return "CertificateAuthority[" + root + "]";
  }
}
