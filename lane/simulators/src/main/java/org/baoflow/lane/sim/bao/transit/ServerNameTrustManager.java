package org.baoflow.lane.sim.bao.transit;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Trusts a server whose chain the CA trust manager accepts and whose certificate names {@code
 * serverName} in its subject alternative names, whatever address the connection went to. That is
 * how the node's Go client checks {@code tls_server_name} (or the address's host) while the lane
 * routes the host name to a loopback port.
 */
final class ServerNameTrustManager extends X509ExtendedTrustManager {

  private static final int DNS_NAME = 2;
  private static final int IP_ADDRESS = 7;

  private final X509TrustManager chainTrust;
  private final String serverName;

  ServerNameTrustManager(X509TrustManager chainTrust, String serverName) {
    this.chainTrust = chainTrust;
    this.serverName = serverName.toLowerCase(Locale.ROOT);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    try {
      chainTrust.checkServerTrusted(chain, authType);
    } catch (CertificateException e) {
      throw new CertificateException("x509: certificate signed by unknown authority", e);
    }
    List<String> names = names(chain[0]);
    if (names.stream().noneMatch(this::matches)) {
      throw new CertificateException(
          "x509: certificate is valid for " + String.join(", ", names) + ", not " + serverName);
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
    throw new CertificateException("a transit seal client does not accept client certificates");
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
    return chainTrust.getAcceptedIssuers();
  }

  /** The certificate's DNS and IP subject alternative names, lower case. */
  private static List<String> names(X509Certificate certificate)
      throws CertificateParsingException {
    Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
    List<String> names = new ArrayList<>();
    if (alternatives != null) {
      for (List<?> alternative : alternatives) {
        int type = (Integer) alternative.get(0);
        if (type == DNS_NAME || type == IP_ADDRESS) {
          names.add(alternative.get(1).toString().toLowerCase(Locale.ROOT));
        }
      }
    }
    return names;
  }

  /** An exact name, or a {@code *.} wildcard standing for exactly one leftmost label. */
  private boolean matches(String name) {
    if (name.startsWith("*.")) {
      int dot = serverName.indexOf('.');
      return dot > 0 && serverName.substring(dot).equals(name.substring(1));
    }
    return name.equals(serverName);
  }
}
