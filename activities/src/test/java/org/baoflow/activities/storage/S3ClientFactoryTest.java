package org.baoflow.activities.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.baoflow.activities.pki.CertificateAuthority;
import org.baoflow.activities.pki.IssuedCertificate;
import org.baoflow.activities.pki.PemCodec;
import org.baoflow.activities.pki.PemFormatException;
import org.baoflow.activities.pki.SanRequest;
import org.baoflow.activities.pki.ServerSans;
import org.baoflow.lane.sim.s3.RustFsSimulator;
import org.baoflow.lane.sim.tls.TlsContexts;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Building clients: target validation, secrets kept out of every text, and CA-only trust. */
class S3ClientFactoryTest {

  private static final URI HTTPS = URI.create("https://rustfs.storage.svc:9000");

  @Test
  void aTargetDefaultsTheRegionAndKeepsPathStyle() {
    S3Target target = new S3Target(HTTPS, " ", "backups", true, null);

    assertThat(target.region()).isEqualTo("us-east-1");
    assertThat(target.pathStyle()).isTrue();
    assertThat(target.ca()).isEmpty();
    assertThat(new S3Target(HTTPS, "eu-west-3", "b", false, "").region()).isEqualTo("eu-west-3");
  }

  @Test
  void aTargetRejectsWhatCannotWork() {
    assertThatThrownBy(() -> new S3Target(URI.create("ftp://x"), null, "b", true, null))
        .hasMessageContaining("http or https");
    assertThatThrownBy(() -> new S3Target(HTTPS, null, " ", true, null))
        .hasMessageContaining("bucket");
    assertThatThrownBy(() -> new S3Target(URI.create("http://x:9000"), null, "b", true, "PEM"))
        .hasMessageContaining("needs an https endpoint");
  }

  @Test
  void aTargetsTextOmitsTheCaPem() {
    String pem = PemCodec.encodeCertificates(List.of(authority("text").certificate()));

    String text = new S3Target(HTTPS, null, "backups", true, pem).toString();

    assertThat(text).contains("ca=custom", "bucket=backups").doesNotContain("BEGIN");
  }

  @Test
  void aCaThatIsNoCertificateIsRejected() {
    S3Target target =
        new S3Target(URI.create("https://127.0.0.1:9000"), null, "b", true, "not a PEM");

    assertThatThrownBy(() -> S3ClientFactory.create(target, new S3AccessKey("AKID", "secret")))
        .isInstanceOf(PemFormatException.class);
  }

  @Test
  void theSecretNeverAppearsInTextsExceptionsOrLogs() {
    try (RustFsSimulator server = RustFsSimulator.inMemory()) {
      server.createBucket(LaneS3.BUCKET);
      String secret = "Wr0ngSecretThatMustNotLeak" + System.nanoTime();
      S3AccessKey key = new S3AccessKey(server.credentials().accessKeyId(), secret);
      ListAppender<ILoggingEvent> logs = captureDebugLogs();
      Throwable failure;
      try (S3Client client = S3ClientFactory.create(LaneS3.target(server), key)) {
        failure =
            catchThrowable(
                () ->
                    client.putObject(
                        request -> request.bucket(LaneS3.BUCKET).key("k"),
                        RequestBody.fromString("x")));
        assertThat(client.toString()).doesNotContain(secret);
      } finally {
        stopCapturing(logs);
      }

      assertThat(failure).isInstanceOf(S3Exception.class);
      assertThat(((S3Exception) failure).statusCode()).isEqualTo(403);
      assertThat(stackTrace(failure)).doesNotContain(secret);
      assertThat(key.toString()).contains(key.accessKeyId()).doesNotContain(secret);
      assertThat(logs.list).isNotEmpty();
      assertThat(logs.list)
          .extracting(ILoggingEvent::getFormattedMessage)
          .noneMatch(message -> message.contains(secret));
    }
  }

  @Test
  void anHttpsEndpointIsTrustedOnlyThroughTheGivenCa() throws Exception {
    Instant now = Instant.now();
    CertificateAuthority serverCa = authority("s3");
    HttpsServer server = httpsServer(serverCa, now);
    try {
      URI endpoint = URI.create("https://127.0.0.1:" + server.getAddress().getPort());
      S3AccessKey key = new S3AccessKey("AKID", "secret");
      String trusted = PemCodec.encodeCertificates(List.of(serverCa.certificate()));
      String other = PemCodec.encodeCertificates(List.of(authority("other").certificate()));

      try (S3Client client =
          S3ClientFactory.create(new S3Target(endpoint, null, "b", true, trusted), key)) {
        client.headBucket(request -> request.bucket("b"));
      }
      try (S3Client client =
          S3ClientFactory.create(new S3Target(endpoint, null, "b", true, other), key)) {
        assertThat(catchThrowable(() -> client.headBucket(request -> request.bucket("b"))))
            .hasCauseInstanceOf(SSLHandshakeException.class)
            .hasMessageContaining("PKIX path building failed");
      }
      try (S3Client client =
          S3ClientFactory.create(new S3Target(endpoint, null, "b", true, null), key)) {
        assertThat(catchThrowable(() -> client.headBucket(request -> request.bucket("b"))))
            .as("the JVM's default CAs do not know the lane CA")
            .hasCauseInstanceOf(SSLHandshakeException.class);
      }
    } finally {
      server.stop(0);
    }
  }

  private static CertificateAuthority authority(String name) {
    return CertificateAuthority.create(name, Instant.now());
  }

  /**
   * An HTTPS server on 127.0.0.1 answering 200 to everything, with a certificate from {@code ca}.
   */
  private static HttpsServer httpsServer(CertificateAuthority ca, Instant now) throws Exception {
    SanRequest sans = new SanRequest("s3", "storage", List.of(), false, null, List.of(), List.of());
    IssuedCertificate certificate =
        ca.issueServerCertificate("s3", "storage", ServerSans.compute(sans), now);
    SSLContext context =
        TlsContexts.server(
            PemCodec.encodeCertificates(List.of(certificate.certificate(), ca.certificate())),
            PemCodec.encodePrivateKey(certificate.privateKey()));
    HttpsServer server =
        HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(context));
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    return server;
  }

  private static ListAppender<ILoggingEvent> captureDebugLogs() {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    for (String name : List.of("software.amazon.awssdk", "org.apache.hc")) {
      Logger logger = (Logger) LoggerFactory.getLogger(name);
      logger.setLevel(Level.DEBUG);
      logger.addAppender(appender);
    }
    return appender;
  }

  private static void stopCapturing(ListAppender<ILoggingEvent> appender) {
    for (String name : List.of("software.amazon.awssdk", "org.apache.hc")) {
      Logger logger = (Logger) LoggerFactory.getLogger(name);
      logger.detachAppender(appender);
      logger.setLevel(null);
    }
    appender.stop();
  }

  private static String stackTrace(Throwable failure) {
    StringWriter text = new StringWriter();
    failure.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
