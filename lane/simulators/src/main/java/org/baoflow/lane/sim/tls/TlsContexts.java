package org.baoflow.lane.sim.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** Builds a server {@link SSLContext} from the PEM certificate chain and key a pod mounts. */
public final class TlsContexts {
  private static final char[] NO_PASSWORD = new char[0];

  private TlsContexts() {}

  /**
   * A TLS 1.2/1.3 server context presenting {@code certificatePem} (leaf first, then any
   * intermediates) with {@code keyPem} (PKCS#8, PKCS#1 or SEC1).
   */
  public static SSLContext server(String certificatePem, String keyPem) {
    try {
      Certificate[] chain =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(
                  new ByteArrayInputStream(certificatePem.getBytes(StandardCharsets.US_ASCII)))
              .toArray(Certificate[]::new);
      if (chain.length == 0) {
        throw new IllegalArgumentException("the certificate PEM holds no certificate");
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("server", privateKey(keyPem), NO_PASSWORD, chain);
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, NO_PASSWORD);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException("unusable TLS certificate or key: " + e.getMessage(), e);
    }
  }

  /** A client context trusting the PEM certificates, or the JVM's trust store when empty. */
  public static SSLContext trusting(String caPem) throws IOException {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      if (caPem == null || caPem.isBlank()) {
        context.init(null, null, null);
        return context;
      }
      KeyStore trust = KeyStore.getInstance("PKCS12");
      trust.load(null, null);
      int index = 0;
      for (Certificate certificate :
          CertificateFactory.getInstance("X.509")
              .generateCertificates(
                  new ByteArrayInputStream(caPem.getBytes(StandardCharsets.US_ASCII)))) {
        trust.setCertificateEntry("ca-" + index++, certificate);
      }
      if (index == 0) {
        throw new IOException("the CA PEM holds no certificate");
      }
      TrustManagerFactory managers =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      managers.init(trust);
      context.init(null, managers.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IOException("unusable CA certificate: " + e.getMessage(), e);
    }
  }

  private static PrivateKey privateKey(String keyPem) throws IOException {
    try (PEMParser parser = new PEMParser(new StringReader(keyPem))) {
      Object parsed = parser.readObject();
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      if (parsed instanceof PEMKeyPair pair) {
        // SEC1 keys may omit the public key, so only the private half is converted.
        return converter.getPrivateKey(pair.getPrivateKeyInfo());
      }
      if (parsed instanceof PrivateKeyInfo info) {
        return converter.getPrivateKey(info);
      }
      throw new IllegalArgumentException("the key PEM holds no unencrypted private key");
    }
  }
}
