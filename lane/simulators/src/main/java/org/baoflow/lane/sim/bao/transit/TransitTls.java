package org.baoflow.lane.sim.bao.transit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** The client TLS context a transit seal's stanza describes. */
final class TransitTls {

  private TransitTls() {}

  /**
   * A context that trusts the certificates of {@code caPem} (the JDK's roots when empty) and a
   * server certificate naming {@code serverName}, or anything when {@code skipVerify}.
   *
   * @throws IllegalArgumentException when {@code caPem} holds no certificate
   */
  static SSLContext client(Optional<byte[]> caPem, String serverName, boolean skipVerify) {
    try {
      TrustManager trust =
          skipVerify
              ? new SkipVerifyTrustManager()
              : new ServerNameTrustManager(chainTrust(caPem), serverName);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trust}, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("TLS is not available", e);
    }
  }

  private static X509TrustManager chainTrust(Optional<byte[]> caPem)
      throws GeneralSecurityException {
    KeyStore store = null;
    if (caPem.isPresent()) {
      Collection<? extends Certificate> certificates;
      try {
        certificates =
            CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(caPem.get()));
      } catch (CertificateException e) {
        throw new IllegalArgumentException("the CA file is not a PEM certificate", e);
      }
      if (certificates.isEmpty()) {
        throw new IllegalArgumentException("the CA file holds no PEM certificate");
      }
      store = KeyStore.getInstance("PKCS12");
      try {
        store.load(null, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int index = 0;
      for (Certificate certificate : certificates) {
        store.setCertificateEntry("ca-" + index++, certificate);
      }
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    return Arrays.stream(factory.getTrustManagers())
        .filter(X509TrustManager.class::isInstance)
        .map(X509TrustManager.class::cast)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no X.509 trust manager"));
  }
}
