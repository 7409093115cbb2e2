package org.baoflow.activities.bao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baoflow.activities.bao.BaoFixtures.CA_PEM;
import static org.baoflow.activities.bao.BaoFixtures.POD;
import static org.baoflow.activities.bao.BaoFixtures.TOKEN;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import org.baoflow.activities.pki.CertificateAuthority;
import org.baoflow.activities.pki.PemCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The connection seam: TLS verified against the pod's name and CA, timeouts, retries. */
class BaoConnectionTest {

  private FakeBao server;

  @BeforeEach
  void start() throws Exception {
    server = FakeBao.start(BaoFixtures.CA, POD);
    server.replyWithResource("GET", "/v1/sys/seal-status", 200, "seal-status-static-unsealed.json");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void verifiesThePodNameWhileConnectingToTheLoopbackAddress() {
    assertThat(server.address().getHost()).isEqualTo("127.0.0.1");

    SealStatus status = new SysClient(BaoFixtures.connect(server)).sealStatus();

    assertThat(status.sealed()).isFalse();
    assertThat(server.serverNames()).containsOnly(POD);
    assertThat(server.protocols()).containsOnly("TLSv1.3");
  }

  @Test
  void aNameTheCertificateDoesNotCarryFailsTheHandshake() {
    SysClient client = new SysClient(BaoFixtures.connect(server, "dev-0.prod.openbao.svc"));

    assertThatThrownBy(client::sealStatus)
        .isInstanceOf(BaoConnectionException.class)
        .hasRootCauseInstanceOf(java.security.cert.CertificateException.class)
        .hasMessageContaining("dev-0.prod.openbao.svc");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aServerFromAnotherCaFailsTheHandshake() {
    CertificateAuthority other = CertificateAuthority.create("dev", Instant.now());
    BaoConnection connection =
        BaoConnection.open(
            new BaoEndpoint(server.address(), POD),
            PemCodec.encodeCertificates(List.of(other.certificate())),
            BaoFixtures.FAST,
            BaoEndpointResolver.direct());

    assertThatThrownBy(() -> new SysClient(connection).sealStatus())
        .isInstanceOf(BaoConnectionException.class)
        .hasCauseInstanceOf(SSLHandshakeException.class);
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void everyCallSaysItIsAnApiRequestAndNeverNamesANamespace() {
    new SysClient(BaoFixtures.connect(server)).sealStatus();

    RecordedRequest request = server.onlyRequest();
    assertThat(request.header("X-Vault-Request")).isEqualTo("true");
    assertThat(request.hasHeader("X-Vault-Namespace")).isFalse();
    assertThat(request.hasHeader("X-Vault-Token")).isFalse();
  }

  @Test
  void noRequestForwardingIsSentOnlyWhenAskedFor() {
    server.replyWithResource("GET", "/v1/sys/leader", 200, "leader-active.json");
    BaoConnection forwarding = BaoFixtures.connect(server);
    BaoConnection redirecting = forwarding.withoutRequestForwarding();

    new SysClient(forwarding).leader();
    new SysClient(redirecting).leader();

    assertThat(server.requests().get(0).hasHeader("X-Vault-No-Request-Forwarding")).isFalse();
    assertThat(server.requests().get(1).header("X-Vault-No-Request-Forwarding")).isEqualTo("true");
    assertThat(redirecting.requestForwardingDisabled()).isTrue();
    assertThat(redirecting.endpoint()).isEqualTo(forwarding.endpoint());
  }

  @Test
  void aHangingHealthProbeIsRetriedAsARead() {
    CountDownLatch release = new CountDownLatch(1);
    server.handle("HEAD", "/v1/sys/health", exchange -> await(release));
    BaoConnection connection = withTimeout(Duration.ofMillis(300), 2);

    try {
      assertThatThrownBy(() -> new SysClient(connection).healthStatus(HealthQuery.defaults()))
          .isInstanceOf(BaoConnectionException.class)
          .hasMessageContaining("HEAD /v1/sys/health")
          .hasMessageContaining("after 2 attempts");
      assertThat(server.requests()).hasSize(2);
    } finally {
      release.countDown();
    }
  }

  @Test
  void aHangingReadTimesOutAndIsRetriedUpToTheBound() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server.handle("GET", "/v1/sys/leader", exchange -> await(release));
    BaoConnection connection = withTimeout(Duration.ofMillis(300), 3);

    try {
      assertThatThrownBy(() -> new SysClient(connection).leader())
          .isInstanceOf(BaoConnectionException.class)
          .hasCauseInstanceOf(HttpTimeoutException.class)
          .hasMessageContaining("after 3 attempts");
      assertThat(server.requests()).hasSize(3);
    } finally {
      release.countDown();
    }
  }

  @Test
  void aHangingWriteIsSentOnce() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server.handle("PUT", "/v1/sys/step-down", exchange -> await(release));
    BaoConnection connection = withTimeout(Duration.ofMillis(300), 3);

    try {
      assertThatThrownBy(() -> new SysClient(connection).stepDown(TOKEN))
          .isInstanceOf(BaoConnectionException.class)
          .hasMessageContaining("after 1 attempt")
          .hasMessageNotContaining(BaoFixtures.TOKEN_VALUE);
      assertThat(server.requests()).hasSize(1);
    } finally {
      release.countDown();
    }
  }

  @Test
  void aSnapshotUploadMayOutlastTheRequestTimeout() {
    server.stream(
        "POST",
        "/v1/sys/storage/raft/snapshot",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          // Longer than the request timeout, well inside the transfer timeout.
          await(new CountDownLatch(1), 900);
          FakeBao.send(exchange, 204, null);
        });
    BaoConnection connection = withTimeout(Duration.ofMillis(300), 1);

    new RaftClient(connection).restore(TOKEN, () -> new ByteArrayInputStream(new byte[] {1, 2, 3}));

    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void aRefusedConnectionIsAConnectionFailure() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    BaoEndpoint endpoint = new BaoEndpoint(URI.create("https://127.0.0.1:" + closedPort), POD);
    BaoConnection connection =
        BaoConnection.open(endpoint, CA_PEM, BaoFixtures.FAST, BaoEndpointResolver.direct());

    assertThatThrownBy(() -> new SysClient(connection).sealStatus())
        .isInstanceOf(BaoConnectionException.class)
        .hasMessageContaining("GET /v1/sys/seal-status")
        .hasMessageContaining("after 3 attempts");
  }

  @Test
  void anEndpointRefusesPathsPlainHttpAndIpServerNames() {
    assertThatThrownBy(() -> new BaoEndpoint(URI.create("https://127.0.0.1:8200/v1"), POD))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BaoEndpoint(URI.create("http://127.0.0.1:8200"), POD))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BaoEndpoint(URI.create("https://127.0.0.1:8200"), "127.0.0.1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tokensNeverShowInToString() {
    assertThat(TOKEN.toString()).doesNotContain(BaoFixtures.TOKEN_VALUE);
    assertThat(BaoRequest.get("/v1/auth/token/lookup-self", TOKEN).toString())
        .doesNotContain(BaoFixtures.TOKEN_VALUE);
  }

  private BaoConnection withTimeout(Duration requestTimeout, int readAttempts) {
    return BaoConnection.open(
        new BaoEndpoint(server.address(), POD),
        CA_PEM,
        new BaoClientSettings(
            Duration.ofSeconds(5),
            requestTimeout,
            Duration.ofSeconds(10),
            readAttempts,
            Duration.ZERO),
        BaoEndpointResolver.direct());
  }

  private static void await(CountDownLatch release) {
    await(release, 10_000);
  }

  private static void await(CountDownLatch release, long millis) {
    try {
      release.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
