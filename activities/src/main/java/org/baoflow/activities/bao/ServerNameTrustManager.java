package org.baoflow.activities.bao;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import org.baoflow.activities.pki.SubjectAltNames;

/**
 * Trusts a server whose chain validates (PKIX) against the cluster CA alone and whose certificate
 * names {@code serverName} in its subjectAltName, whatever host the socket connected to.
 *
 * <p>Why our own trust manager: the HTTP client verifies the URI's host, which in the lane is a
 * loopback address while the certificate names the pod. Extending {@link X509ExtendedTrustManager}
 * keeps the JDK from wrapping it with its own endpoint check against that host.
 */
final class ServerNameTrustManager extends X509ExtendedTrustManager {

  private final X509TrustManager pkix;
  private final SubjectAltNames expected;

  ServerNameTrustManager(X509TrustManager pkix, String serverName) {
    this.pkix = pkix;
    this.expected = new SubjectAltNames(List.of(serverName), List.of());
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    pkix.checkServerTrusted(chain, authType);
    SubjectAltNames presented;
    try {
      presented = SubjectAltNames.of(chain[0]);
    } catch (IllegalArgumentException e) {
      throw new CertificateException(e.getMessage(), e);
    }
    if (!expected.notCoveredBy(presented).isEmpty()) {
      throw new CertificateException(
          "the server certificate does not name "
              + expected.dnsNames().get(0)
              + " (its DNS SANs: "
              + presented.dnsNames()
              + ")");
    }
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    checkServerTrusted(chain, authType);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    checkServerTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    throw new CertificateException("this trust manager only verifies OpenBao servers");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    checkClientTrusted(chain, authType);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    checkClientTrusted(chain, authType);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return pkix.getAcceptedIssuers();
  }
}
