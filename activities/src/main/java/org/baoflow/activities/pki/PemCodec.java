package org.baoflow.activities.pki;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * PEM encoding of certificates and PKCS#8 private keys, and decoding of what Kubernetes TLS Secrets
 * usually hold (certificate bundles; PKCS#8, SEC1 or PKCS#1 keys).
 */
public final class PemCodec {

  private static final Base64.Encoder BASE64 =
      Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

  private PemCodec() {}

  /** The certificates as consecutive {@code CERTIFICATE} blocks, in the given order. */
  public static String encodeCertificates(List<X509Certificate> certificates) {
    StringBuilder pem = new StringBuilder();
    for (X509Certificate certificate : certificates) {
      try {
        pem.append(block("CERTIFICATE", certificate.getEncoded()));
      } catch (CertificateEncodingException e) {
        throw new IllegalArgumentException("the certificate cannot be DER-encoded", e);
      }
    }
    return pem.toString();
  }

  /** The key as one PKCS#8 {@code PRIVATE KEY} block. */
  public static String encodePrivateKey(PrivateKey key) {
    if (!"PKCS#8".equals(key.getFormat())) {
      throw new IllegalArgumentException("the key has no PKCS#8 encoding");
    }
    return block("PRIVATE KEY", key.getEncoded());
  }

  /**
   * Every {@code CERTIFICATE} block in {@code pem}, in order.
   *
   * @throws PemFormatException if there is none, or a block is not a valid certificate
   */
  public static List<X509Certificate> decodeCertificates(String pem) {
    List<X509Certificate> certificates = new ArrayList<>();
    JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
    try (PEMParser parser = new PEMParser(new StringReader(nullToEmpty(pem)))) {
      for (Object block = parser.readObject(); block != null; block = parser.readObject()) {
        if (!(block instanceof X509CertificateHolder holder)) {
          throw new PemFormatException(
              "expected only CERTIFICATE blocks but found a " + describe(block));
        }
        certificates.add(converter.getCertificate(holder));
      }
    } catch (PemFormatException e) {
      throw e;
    } catch (IOException | CertificateException | RuntimeException e) {
      throw new PemFormatException("a PEM block could not be read as an X.509 certificate", e);
    }
    if (certificates.isEmpty()) {
      throw new PemFormatException("no PEM CERTIFICATE block found");
    }
    return certificates;
  }

  /**
   * The first private key in {@code pem}: PKCS#8 ({@code PRIVATE KEY}), SEC1 ({@code EC PRIVATE
   * KEY}) or PKCS#1 ({@code RSA PRIVATE KEY}); a leading {@code EC PARAMETERS} block is skipped.
   *
   * @throws PemFormatException if no unencrypted private key can be read
   */
  public static PrivateKey decodePrivateKey(String pem) {
    JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
    try (PEMParser parser = new PEMParser(new StringReader(nullToEmpty(pem)))) {
      for (Object block = parser.readObject(); block != null; block = parser.readObject()) {
        if (block instanceof PrivateKeyInfo info) {
          return converter.getPrivateKey(info);
        }
        if (block instanceof PEMKeyPair pair) {
          // SEC1 keys may omit the public key, so convert only the private half.
          return converter.getPrivateKey(pair.getPrivateKeyInfo());
        }
        if (block instanceof PKCS8EncryptedPrivateKeyInfo || block instanceof PEMEncryptedKeyPair) {
          throw new PemFormatException("the private key is encrypted; provide it unencrypted");
        }
        if (!(block instanceof ASN1ObjectIdentifier || block instanceof X9ECParameters)) {
          throw new PemFormatException("expected a private key but found a " + describe(block));
        }
      }
    } catch (PemFormatException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // No cause and no parser message: both could echo fragments of the key.
      throw new PemFormatException("the private key PEM block is malformed");
    }
    throw new PemFormatException(
        "no PEM private key found (expected PRIVATE KEY, EC PRIVATE KEY or RSA PRIVATE KEY)");
  }

  private static String block(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + BASE64.encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static String describe(Object block) {
    if (block instanceof X509CertificateHolder) {
      return "CERTIFICATE block";
    }
    if (block instanceof PrivateKeyInfo
        || block instanceof PEMKeyPair
        || block instanceof PKCS8EncryptedPrivateKeyInfo
        || block instanceof PEMEncryptedKeyPair) {
      return "private key block";
    }
    return "PEM block of another type (" + block.getClass().getSimpleName() + ")";
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
