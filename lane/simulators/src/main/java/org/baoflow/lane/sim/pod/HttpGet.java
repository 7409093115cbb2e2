package org.baoflow.lane.sim.pod;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The kubelet's HTTP probe request: a GET to the container's loopback port that, over HTTPS, skips
 * certificate verification as the kubelet does, and follows no redirects.
 */
final class HttpGet {
  /** A probe's answer. */
  record Answer(int status, String body) {
    /** Success as the kubelet judges an HTTP probe: 200 to 399. */
    boolean succeeded() {
      return status >= 200 && status < 400;
    }
  }

  private static final SSLSocketFactory TRUST_ALL = trustAll();

  private HttpGet() {}

  /**
   * GETs {@code pathAndQuery} on 127.0.0.1:{@code port}; empty when nothing answers within {@code
   * timeout}.
   */
  static Optional<Answer> get(String scheme, int port, String pathAndQuery, Duration timeout) {
    String path = pathAndQuery.startsWith("/") ? pathAndQuery : "/" + pathAndQuery;
    try {
      URI uri = URI.create(scheme.toLowerCase(Locale.ROOT) + "://127.0.0.1:" + port + path);
      HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
      if (connection instanceof HttpsURLConnection https) {
        https.setSSLSocketFactory(TRUST_ALL);
        https.setHostnameVerifier((host, session) -> true);
      }
      connection.setInstanceFollowRedirects(false);
      connection.setConnectTimeout((int) timeout.toMillis());
      connection.setReadTimeout((int) timeout.toMillis());
      connection.setRequestProperty("User-Agent", "kube-probe/1.33");
      int status = connection.getResponseCode();
      InputStream stream =
          status >= 400 ? connection.getErrorStream() : connection.getInputStream();
      // Read to the end and closed, the connection goes back to the keep-alive cache: probes at
      // the lane's cadence would otherwise pay a TLS handshake each.
      String body = "";
      if (stream != null) {
        try (InputStream in = stream) {
          body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      return Optional.of(new Answer(status, body));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static SSLSocketFactory trustAll() {
    TrustManager anyCertificate =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // The kubelet's probes present no client certificate.
          }

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // The kubelet does not verify a probed container's certificate.
          }

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {anyCertificate}, new SecureRandom());
      return context.getSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no TLS in this JVM", e);
    }
  }
}
