package org.baoflow.activities.storage;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.baoflow.activities.pki.PemCodec;

/** Trust managers that accept only servers whose chain ends in the given PEM CA certificates. */
final class CaTrust {

  private CaTrust() {}

  /**
   * Trust managers for exactly the certificates in {@code caPem}; the JVM's default CAs are not
   * included, so a certificate from any other CA fails the handshake.
   *
   * @throws org.baoflow.activities.pki.PemFormatException if the PEM holds no valid certificate
   */
  static TrustManager[] onlyFrom(String caPem) {
    List<X509Certificate> certificates = PemCodec.decodeCertificates(caPem);
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      for (int i = 0; i < certificates.size(); i++) {
        store.setCertificateEntry("ca-" + i, certificates.get(i));
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      return factory.getTrustManagers();
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot build a trust store from the S3 CA certificate", e);
    }
  }
}
