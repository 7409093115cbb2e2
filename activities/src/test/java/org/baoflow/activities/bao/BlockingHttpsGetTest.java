package org.baoflow.activities.bao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baoflow.activities.bao.BaoFixtures.CA_PEM;
import static org.baoflow.activities.bao.BaoFixtures.POD;
import static org.baoflow.activities.bao.BaoFixtures.TOKEN;
import static org.baoflow.activities.bao.BaoFixtures.TOKEN_VALUE;

import com.sun.net.httpserver.HttpExchange;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ProtocolException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.baoflow.activities.pki.CertificateAuthority;
import org.baoflow.activities.pki.IssuedCertificate;
import org.baoflow.activities.pki.PemCodec;
import org.baoflow.activities.pki.SubjectAltNames;
import org.baoflow.lane.sim.tls.TlsContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The blocking snapshot GET against a real TLS server on 127.0.0.1 whose certificate names the pod:
 * the same trust as {@link BaoConnection}, both body framings byte for byte, the error mapping of
 * {@link BaoConnection#stream}, and a close that ends the connection.
 */
class BlockingHttpsGetTest {

  private static final String SNAPSHOT = "/v1/sys/storage/raft/snapshot";
  private static final int SIZE = 3 * GeneratedSnapshot.MIB + 12_345;
  private static final byte[] BODY = randomBytes(SIZE);

  private FakeBao server;

  @BeforeEach
  void start() throws Exception {
    server = FakeBao.start(BaoFixtures.CA, POD);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aChunkedBodyArrivesByteIdenticalWithTheCallsHeaders() throws Exception {
    server.stream("GET", SNAPSHOT, exchange -> serve(exchange, 0));

    BlockingHttpsGet.Response response = get(POD, CA_PEM, tokenHeaders());
    byte[] read;
    try (InputStream body = response.body()) {
      read = body.readAllBytes();
    }

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Transfer-Encoding")).contains("chunked");
    assertThat(read).isEqualTo(BODY);
    RecordedRequest request = server.onlyRequest();
    assertThat(request.header("X-Vault-Token")).isEqualTo(TOKEN_VALUE);
    assertThat(request.header("X-Vault-Request")).isEqualTo("true");
    assertThat(request.header("Host")).isEqualTo(server.address().getRawAuthority());
    assertThat(server.serverNames()).containsOnly(POD);
  }

  @Test
  void aFixedLengthBodyArrivesByteIdentical() throws Exception {
    server.stream("GET", SNAPSHOT, exchange -> serve(exchange, BODY.length));

    BlockingHttpsGet.Response response = get(POD, CA_PEM, tokenHeaders());
    byte[] read;
    try (InputStream body = response.body()) {
      read = body.readAllBytes();
    }

    assertThat(response.header("Content-Length")).contains(String.valueOf(BODY.length));
    assertThat(read).isEqualTo(BODY);
  }

  @Test
  void aFixedLengthBodyCutShortIsAnErrorNotAnEnd() throws Exception {
    server.stream(
        "GET",
        SNAPSHOT,
        exchange -> {
          exchange.sendResponseHeaders(200, BODY.length);
          OutputStream out = exchange.getResponseBody();
          out.write(BODY, 0, GeneratedSnapshot.MIB);
          out.flush();
          // Closing with bytes missing makes the JDK server drop the connection.
          out.close();
        });

    BlockingHttpsGet.Response response = get(POD, CA_PEM, tokenHeaders());

    try (InputStream body = response.body()) {
      assertThatThrownBy(body::readAllBytes)
          .isInstanceOf(EOFException.class)
          .hasMessageContaining("of " + BODY.length + " bytes");
    }
  }

  @Test
  void aServerFromAnotherCaIsRefused() {
    CertificateAuthority other = CertificateAuthority.create("dev", Instant.now());
    String otherCa = PemCodec.encodeCertificates(List.of(other.certificate()));

    assertThatThrownBy(() -> get(POD, otherCa, tokenHeaders()))
        .isInstanceOf(SSLHandshakeException.class);
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aCertificateWithoutTheExpectedNameIsRefused() {
    String expected = "dev-0.prod.openbao.svc";

    assertThatThrownBy(() -> get(expected, CA_PEM, tokenHeaders()))
        .isInstanceOf(SSLHandshakeException.class)
        .hasRootCauseInstanceOf(CertificateException.class)
        .hasMessageContaining(expected);
    assertThat(server.serverNames()).containsOnly(expected);
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aSealedNodeMapsToTheSealedExceptionAsBefore() {
    server.replyWithResource("GET", SNAPSHOT, 503, "errors-sealed.json");
    RaftClient raft = new RaftClient(BaoFixtures.connect(server));

    assertThatThrownBy(() -> raft.snapshot(TOKEN))
        .isInstanceOf(BaoSealedException.class)
        .hasMessageNotContaining(TOKEN_VALUE);
  }

  @Test
  void aServerErrorMapsToTheServerExceptionWithItsMessages() {
    server.reply("GET", SNAPSHOT, 500, "{\"errors\":[\"raft is not ready\"]}");
    RaftClient raft = new RaftClient(BaoFixtures.connect(server));

    assertThatThrownBy(() -> raft.snapshot(TOKEN))
        .isInstanceOfSatisfying(
            BaoServerException.class,
            e -> assertThat(e.errors()).containsExactly("raft is not ready"));
  }

  @Test
  void closingTheBodyEarlyClosesTheConnection() throws Exception {
    CountDownLatch writeFailed = new CountDownLatch(1);
    server.stream(
        "GET",
        SNAPSHOT,
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          OutputStream out = exchange.getResponseBody();
          try {
            // Endless: only the client's closing the connection ends it.
            while (true) {
              out.write(BODY, 0, 64 * 1024);
            }
          } catch (IOException e) {
            writeFailed.countDown();
          }
        });

    try (InputStream body = new RaftClient(BaoFixtures.connect(server)).snapshot(TOKEN)) {
      assertThat(body.readNBytes(GeneratedSnapshot.MIB)).hasSize(GeneratedSnapshot.MIB);
    }

    assertThat(writeFailed.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void chunkExtensionsAndTrailersAreSkipped() throws Exception {
    String answer =
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5;name=value\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n";
    try (RawTlsServer raw = new RawTlsServer(answer)) {
      BlockingHttpsGet.Response response = raw.get();

      try (InputStream body = response.body()) {
        assertThat(new String(body.readAllBytes(), StandardCharsets.US_ASCII))
            .isEqualTo("hello, world");
      }
    }
  }

  @Test
  void aChunkLongerThanItsSizeLineIsRefused() throws Exception {
    String answer = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n";
    try (RawTlsServer raw = new RawTlsServer(answer)) {
      BlockingHttpsGet.Response response = raw.get();

      try (InputStream body = response.body()) {
        assertThatThrownBy(body::readAllBytes).isInstanceOf(ProtocolException.class);
      }
    }
  }

  @Test
  void aTokenWithALineBreakIsRefusedWithoutShowingIt() {
    assertThatThrownBy(() -> get(POD, CA_PEM, Map.of("X-Vault-Token", "hvs.abc\r\nX-Injected: 1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X-Vault-Token")
        .hasMessageNotContaining("hvs.abc");
    assertThat(server.requests()).isEmpty();
  }

  private BlockingHttpsGet.Response get(
      String expectedName, String caPem, Map<String, String> headers) throws IOException {
    SSLContext context = BaoTls.context(caPem, expectedName);
    return BlockingHttpsGet.send(
        new BaoEndpoint(server.address(), expectedName),
        context,
        BaoFixtures.FAST,
        headers,
        SNAPSHOT);
  }

  private static Map<String, String> tokenHeaders() {
    return Map.of("X-Vault-Request", "true", "X-Vault-Token", TOKEN_VALUE);
  }

  /** Sends {@link #BODY}: {@code length} 0 means chunked, in the JDK server's framing. */
  private static void serve(HttpExchange exchange, long length) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/gzip");
    exchange.sendResponseHeaders(200, length);
    try (OutputStream out = exchange.getResponseBody()) {
      // Uneven writes, so chunk boundaries fall anywhere in the client's reads.
      for (int offset = 0; offset < BODY.length; ) {
        int count = Math.min(BODY.length - offset, 40_000 + offset % 7_919);
        out.write(BODY, offset, count);
        offset += count;
      }
    }
  }

  private static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    new Random(42).nextBytes(bytes);
    return bytes;
  }

  /** A TLS server answering one connection with exact bytes, for framings the JDK never writes. */
  private static final class RawTlsServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread thread;

    RawTlsServer(String answer) throws Exception {
      IssuedCertificate certificate =
          BaoFixtures.CA.issueServerCertificate(
              "dev", "openbao", new SubjectAltNames(List.of(POD), List.of()), Instant.now());
      SSLContext context =
          TlsContexts.server(
              PemCodec.encodeCertificates(
                  List.of(certificate.certificate(), BaoFixtures.CA.certificate())),
              PemCodec.encodePrivateKey(certificate.privateKey()));
      socket =
          context
              .getServerSocketFactory()
              .createServerSocket(0, 1, InetAddress.getLoopbackAddress());
      thread =
          new Thread(
              () -> {
                try (Socket client = socket.accept()) {
                  InputStream in = client.getInputStream();
                  // The request ends with an empty line.
                  for (int matched = 0; matched < 4; ) {
                    int b = in.read();
                    if (b < 0) {
                      return;
                    }
                    matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
                  }
                  client.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
                  client.getOutputStream().flush();
                } catch (IOException e) {
                  // The test fails on the client side.
                }
              });
      thread.start();
    }

    BlockingHttpsGet.Response get() throws IOException {
      return BlockingHttpsGet.send(
          new BaoEndpoint(URI.create("https://127.0.0.1:" + socket.getLocalPort()), POD),
          BaoTls.context(CA_PEM, POD),
          BaoFixtures.FAST,
          Map.of(),
          SNAPSHOT);
    }

    @Override
    public void close() throws IOException {
      // The server thread ends with its one connection; closing the socket frees the port.
      socket.close();
    }
  }
}
