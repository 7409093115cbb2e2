package org.baoflow.activities.bao;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.baoflow.activities.pki.PemCodec;

/** TLS settings for one OpenBao endpoint: trust only the cluster CA, expect the pod's name. */
final class BaoTls {

  static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

  private BaoTls() {}

  /** A context whose only trust anchors are the certificates in {@code caPem}. */
  static SSLContext context(String caPem, String serverName) {
    List<X509Certificate> anchors = PemCodec.decodeCertificates(caPem);
    if (anchors.isEmpty()) {
      throw new IllegalArgumentException("the CA PEM holds no certificate");
    }
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      for (int i = 0; i < anchors.size(); i++) {
        store.setCertificateEntry("ca-" + i, anchors.get(i));
      }
      TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
      factory.init(store);
      X509TrustManager pkix = pkixTrustManager(factory.getTrustManagers());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new ServerNameTrustManager(pkix, serverName)}, null);
      return context;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("cannot build the TLS context for " + serverName, e);
    }
  }

  /** TLS 1.3 and 1.2 only, with the pod's name as SNI (the client sends none for IP hosts). */
  static SSLParameters parameters(SSLContext context, String serverName) {
    SSLParameters parameters = context.getDefaultSSLParameters();
    parameters.setProtocols(PROTOCOLS.toArray(String[]::new));
    parameters.setServerNames(List.of(new SNIHostName(serverName)));
    return parameters;
  }

  private static X509TrustManager pkixTrustManager(TrustManager[] managers) {
    for (TrustManager manager : managers) {
      if (manager instanceof X509TrustManager x509) {
        return x509;
      }
    }
    throw new IllegalStateException("the PKIX trust manager factory returned no X509TrustManager");
  }
}
