package org.baoflow.activities.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** The shared mechanics of issuing: P-256 keys, serials, names, validity and signing. */
final class CertificateSigning {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

  private CertificateSigning() {}

  static KeyPair newP256KeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM cannot generate ECDSA P-256 keys", e);
    }
  }

  /** A random positive serial of exactly 128 bits (the top bit set keeps it positive and sized). */
  static BigInteger newSerial() {
    return new BigInteger(128, RANDOM).setBit(127);
  }

  static X500Name commonName(String commonName) {
    return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
  }

  /** Builds and signs a certificate with a fresh random serial. */
  static X509Certificate issue(
      X500Name issuer,
      X500Name subject,
      Instant notBefore,
      Instant notAfter,
      PublicKey subjectKey,
      PrivateKey signingKey,
      List<Extension> extensions) {
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            issuer, newSerial(), date(notBefore), date(notAfter), subject, subjectKey);
    try {
      for (Extension extension : extensions) {
        builder.addExtension(extension);
      }
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(signingKey)));
    } catch (CertIOException | OperatorCreationException | GeneralSecurityException e) {
      throw new IllegalStateException("signing the certificate failed", e);
    }
  }

  static Extension extension(ASN1ObjectIdentifier id, boolean critical, ASN1Encodable value) {
    try {
      return new Extension(id, critical, new DEROctetString(value));
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode extension " + id, e);
    }
  }

  static SubjectKeyIdentifier subjectKeyIdentifier(PublicKey key) {
    try {
      return new JcaX509ExtensionUtils().createSubjectKeyIdentifier(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-1 (used for key identifiers) is unavailable", e);
    }
  }

  /** X.509 times have second precision; truncating first keeps validity checks exact. */
  private static Date date(Instant instant) {
    return Date.from(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
