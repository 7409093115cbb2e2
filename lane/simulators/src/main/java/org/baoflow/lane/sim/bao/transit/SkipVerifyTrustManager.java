package org.baoflow.lane.sim.bao.transit;

import java.net.Socket;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/** {@code tls_skip_verify = true}: any certificate for any name, as Go's InsecureSkipVerify. */
final class SkipVerifyTrustManager extends X509ExtendedTrustManager {

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType) {
    // Skipping verification is what the stanza asked for.
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
    // Skipping verification is what the stanza asked for.
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
    // Skipping verification is what the stanza asked for.
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType) {
    // A client's trust manager is never asked about client certificates.
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
    // A client's trust manager is never asked about client certificates.
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
    // A client's trust manager is never asked about client certificates.
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
