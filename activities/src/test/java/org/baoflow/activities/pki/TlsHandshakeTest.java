package org.baoflow.activities.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real TLS 1.3 handshakes between JDK sockets on 127.0.0.1: the issued certificate must satisfy a
 * client that trusts only the CA and verifies the host name, as OpenBao peers and clients do.
 */
class TlsHandshakeTest {

  private static final int TIMEOUT_MILLIS = 10_000;
  private static final char[] PASSWORD = "test-only".toCharArray();

  private static final SanRequest BLUE_GREEN =
      new SanRequest(
          "dev",
          "default",
          List.of(new SanRequest.PodSet("dev", 3), new SanRequest.PodSet("dev-1a2b3c4d", 3)),
          false,
          null,
          List.of(),
          List.of());

  private static CertificateAuthority authority;
  private static SSLContext serverContext;
  private static ExecutorService serverThreads;

  @BeforeAll
  static void startAuthority() throws Exception {
    // The JDK validates against the real clock, so this test issues for the real "now".
    Instant now = Instant.now();
    authority = CertificateAuthority.create("dev", now);
    IssuedCertificate server =
        authority.issueServerCertificate("dev", "default", ServerSans.compute(BLUE_GREEN), now);

    KeyStore keys = KeyStore.getInstance("PKCS12");
    keys.load(null, null);
    keys.setKeyEntry(
        "server",
        server.privateKey(),
        PASSWORD,
        new Certificate[] {server.certificate(), authority.certificate()});
    KeyManagerFactory keyManagers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(keys, PASSWORD);
    serverContext = SSLContext.getInstance("TLSv1.3");
    serverContext.init(keyManagers.getKeyManagers(), null, null);
    serverThreads = Executors.newCachedThreadPool();
  }

  @AfterAll
  static void stopServerThreads() {
    serverThreads.shutdownNow();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "dev-1.dev.default.svc",
        "dev-1a2b3c4d-2.dev.default.svc.cluster.local",
        "openbao-cluster-dev.local",
        "dev.default.svc",
        "localhost"
      })
  void clientTrustingOnlyTheCaVerifiesTheServerByName(String hostname) throws Exception {
    assertThat(exchange(hostname, authority.certificate())).isEqualTo("pong TLSv1.3");
  }

  @Test
  void clientVerifiesTheServerByLoopbackIp() throws Exception {
    assertThat(exchange("127.0.0.1", authority.certificate())).isEqualTo("pong TLSv1.3");
  }

  @Test
  void nameOutsideTheSansFailsHostnameVerification() {
    assertThatThrownBy(() -> exchange("dev-1.prod.default.svc", authority.certificate()))
        .isInstanceOf(SSLHandshakeException.class)
        .hasMessageContaining("dev-1.prod.default.svc");
  }

  @Test
  void clientTrustingAnotherCaRejectsTheServer() {
    X509Certificate otherCa = CertificateAuthority.create("dev", Instant.now()).certificate();

    assertThatThrownBy(() -> exchange("dev-1.dev.default.svc", otherCa))
        .isInstanceOf(SSLHandshakeException.class);
  }

  /** Accepts one connection, sends a ping as the client and returns the reply and protocol. */
  private static String exchange(String hostname, X509Certificate trustedCa) throws Exception {
    try (SSLServerSocket listener =
        (SSLServerSocket)
            serverContext
                .getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      listener.setEnabledProtocols(new String[] {"TLSv1.3"});
      listener.setSoTimeout(TIMEOUT_MILLIS);
      Future<?> served = serverThreads.submit(() -> serveOnePong(listener));
      String reply = ping(hostname, listener.getLocalPort(), trustedCa);
      served.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
      return reply;
    }
  }

  private static Void serveOnePong(SSLServerSocket listener) throws IOException {
    try (SSLSocket connection = (SSLSocket) listener.accept()) {
      connection.setSoTimeout(TIMEOUT_MILLIS);
      byte[] request = readExactly(connection.getInputStream(), 4);
      if (new String(request, StandardCharsets.US_ASCII).equals("ping")) {
        connection.getOutputStream().write("pong".getBytes(StandardCharsets.US_ASCII));
        connection.getOutputStream().flush();
      }
    }
    return null;
  }

  private static String ping(String hostname, int port, X509Certificate trustedCa)
      throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("ca", trustedCa);
    TrustManagerFactory trustManagers =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trustManagers.init(trust);
    SSLContext clientContext = SSLContext.getInstance("TLSv1.3");
    clientContext.init(null, trustManagers.getTrustManagers(), null);

    try (Socket plain = new Socket()) {
      plain.connect(
          new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), TIMEOUT_MILLIS);
      plain.setSoTimeout(TIMEOUT_MILLIS);
      // Layering over a connected socket makes `hostname` the peer host the JDK verifies, so a
      // failed SNI check cannot fall back to the 127.0.0.1 IP SAN.
      try (SSLSocket tls =
          (SSLSocket) clientContext.getSocketFactory().createSocket(plain, hostname, port, true)) {
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setProtocols(new String[] {"TLSv1.3"});
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!IpLiterals.isLiteral(hostname)) {
          parameters.setServerNames(List.of(new SNIHostName(hostname)));
        }
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        tls.getOutputStream().write("ping".getBytes(StandardCharsets.US_ASCII));
        tls.getOutputStream().flush();
        String reply = new String(readExactly(tls.getInputStream(), 4), StandardCharsets.US_ASCII);
        return reply + " " + tls.getSession().getProtocol();
      }
    }
  }

  private static byte[] readExactly(InputStream in, int length) throws IOException {
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new IOException("connection closed after " + bytes.length + " bytes");
    }
    return bytes;
  }
}
