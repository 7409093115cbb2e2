package org.baoflow.activities.bao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baoflow.activities.bao.BaoFixtures.CA_PEM;
import static org.baoflow.activities.bao.BaoFixtures.OTHER_POD;
import static org.baoflow.activities.bao.BaoFixtures.POD;
import static org.baoflow.activities.bao.BaoFixtures.TOKEN;
import static org.baoflow.activities.bao.BaoFixtures.TOKEN_VALUE;
import static org.baoflow.activities.bao.GeneratedSnapshot.MIB;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots stream both ways without being held in memory, and a standby's 307 is followed to the
 * active node (through the endpoint resolver) with the body sent again.
 */
class SnapshotStreamingTest {

  private static final long LARGE = 64L * MIB;

  /** What a reader may hold in flight: kernel socket buffers and the HTTP client's queue. */
  private static final long IN_FLIGHT_BOUND = 24L * MIB;

  private static final String SNAPSHOT = "/v1/sys/storage/raft/snapshot";
  private static final String SNAPSHOT_FORCE = "/v1/sys/storage/raft/snapshot-force";

  private FakeBao standby;
  private FakeBao active;

  @BeforeEach
  void start() throws Exception {
    standby = FakeBao.start(BaoFixtures.CA, POD);
    active = FakeBao.start(BaoFixtures.CA, OTHER_POD);
  }

  @AfterEach
  void stop() {
    standby.close();
    active.close();
  }

  @Test
  void aLargeSnapshotDownloadStreamsWithBoundedBuffering() throws Exception {
    GeneratedSnapshot served = new GeneratedSnapshot(LARGE);
    standby.stream(
        "GET",
        SNAPSHOT,
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "application/gzip");
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            served.transferTo(out);
          } catch (IOException e) {
            // The client closed early; nothing left to serve.
          }
        });
    RaftClient raft = new RaftClient(BaoFixtures.connect(standby));

    GeneratedSnapshot.Digest digest;
    long producedWhileReading;
    try (InputStream snapshot = raft.snapshot(TOKEN)) {
      GeneratedSnapshot.Digest first = GeneratedSnapshot.sha256(snapshot, MIB);
      producedWhileReading = served.settledProduced();
      digest = first.andRest(snapshot);
    }

    assertThat(producedWhileReading).isBetween((long) MIB, MIB + IN_FLIGHT_BOUND);
    assertThat(digest.bytes()).isEqualTo(LARGE);
    assertThat(digest.digest()).isEqualTo(GeneratedSnapshot.sha256Of(LARGE));
    assertThat(standby.onlyRequest().header("X-Vault-Token")).isEqualTo(TOKEN_VALUE);
  }

  @Test
  void aLargeRestoreStreamsFromTheSource() throws Exception {
    AtomicReference<GeneratedSnapshot> source = new AtomicReference<>();
    AtomicLong producedWhenServerHadOneMib = new AtomicLong();
    AtomicReference<GeneratedSnapshot.Digest> received = new AtomicReference<>();
    standby.stream(
        "POST",
        SNAPSHOT,
        exchange -> {
          try (InputStream body = exchange.getRequestBody()) {
            GeneratedSnapshot.Digest first = GeneratedSnapshot.sha256(body, MIB);
            producedWhenServerHadOneMib.set(source.get().settledProduced());
            received.set(first.andRest(body));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          FakeBao.send(exchange, 204, null);
        });
    RaftClient raft = new RaftClient(BaoFixtures.connect(standby));

    raft.restore(
        TOKEN,
        () -> {
          GeneratedSnapshot snapshot = new GeneratedSnapshot(LARGE);
          source.set(snapshot);
          return snapshot;
        });

    assertThat(producedWhenServerHadOneMib.get()).isBetween((long) MIB, MIB + IN_FLIGHT_BOUND);
    assertThat(received.get().bytes()).isEqualTo(LARGE);
    assertThat(received.get().digest()).isEqualTo(GeneratedSnapshot.sha256Of(LARGE));
    RecordedRequest request = standby.onlyRequest();
    assertThat(request.header("Content-Type")).isEqualTo("application/octet-stream");
    assertThat(request.header("X-Vault-Token")).isEqualTo(TOKEN_VALUE);
  }

  @Test
  void aStandbysRedirectOfSnapshotForceIsFollowedWithTheBodySentAgain() throws Exception {
    long size = 2L * MIB;
    redirectToActive("POST", SNAPSHOT_FORCE);
    List<GeneratedSnapshot.Digest> atActive = new CopyOnWriteArrayList<>();
    active.stream(
        "POST",
        SNAPSHOT_FORCE,
        exchange -> {
          try (InputStream body = exchange.getRequestBody()) {
            atActive.add(GeneratedSnapshot.sha256(body, Long.MAX_VALUE));
          }
          FakeBao.send(exchange, 204, null);
        });
    AtomicInteger opened = new AtomicInteger();

    new RaftClient(connectionResolvingTheActivePod())
        .forceRestore(
            TOKEN,
            () -> {
              opened.incrementAndGet();
              return new GeneratedSnapshot(size);
            });

    assertThat(opened).hasValue(2);
    assertThat(atActive).hasSize(1);
    assertThat(atActive.get(0).bytes()).isEqualTo(size);
    assertThat(atActive.get(0).digest()).isEqualTo(GeneratedSnapshot.sha256Of(size));
    assertThat(active.onlyRequest().header("X-Vault-Token")).isEqualTo(TOKEN_VALUE);
    assertThat(active.onlyRequest().path()).isEqualTo(SNAPSHOT_FORCE);
    assertThat(standby.serverNames()).containsOnly(POD);
    assertThat(active.serverNames()).containsOnly(OTHER_POD);
  }

  @Test
  void aStandbysRedirectOfTheSnapshotDownloadIsFollowed() throws Exception {
    redirectToActive("GET", SNAPSHOT);
    active.stream(
        "GET",
        SNAPSHOT,
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            new GeneratedSnapshot(MIB).transferTo(out);
          }
        });

    try (InputStream snapshot = new RaftClient(connectionResolvingTheActivePod()).snapshot(TOKEN)) {
      assertThat(GeneratedSnapshot.sha256(snapshot, Long.MAX_VALUE).digest())
          .isEqualTo(GeneratedSnapshot.sha256Of(MIB));
    }
    assertThat(standby.requests()).hasSize(1);
    assertThat(active.requests()).hasSize(1);
  }

  @Test
  void aRestoreUnderAnotherSealKeepsTheServersMessage(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("snapshot.tar.gz");
    Files.write(file, new byte[] {0x1f, (byte) 0x8b, 8, 0});
    standby.stream(
        "POST",
        SNAPSHOT,
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          FakeBao.send(exchange, 400, FakeBao.resource("errors-seal-mismatch.json"));
        });
    RaftClient raft = new RaftClient(BaoFixtures.connect(standby));

    assertThatThrownBy(() -> raft.restore(TOKEN, SnapshotSource.ofFile(file)))
        .isInstanceOfSatisfying(
            BaoBadRequestException.class,
            e ->
                assertThat(e.errors().get(0))
                    .startsWith("could not verify hash file, possibly the snapshot is using"))
        .hasMessageNotContaining(TOKEN_VALUE);
  }

  @Test
  void aRefusedDownloadMapsTheErrorBody() {
    standby.replyWithResource("GET", SNAPSHOT, 403, "errors-permission-denied.json");
    RaftClient raft = new RaftClient(BaoFixtures.connect(standby));

    assertThatThrownBy(() -> raft.snapshot(TOKEN))
        .isInstanceOfSatisfying(
            BaoPermissionDeniedException.class,
            e -> assertThat(e.errors()).containsExactly("permission denied"));
  }

  private void redirectToActive(String method, String path) {
    standby.stream(
        method,
        path,
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().set("Location", "https://" + OTHER_POD + ":8200" + path);
          exchange.sendResponseHeaders(307, -1);
        });
  }

  /** The lane's seam: the active pod's advertised address maps to its loopback port. */
  private BaoConnection connectionResolvingTheActivePod() {
    return BaoConnection.open(
        new BaoEndpoint(standby.address(), POD),
        CA_PEM,
        BaoFixtures.FAST,
        advertised -> {
          if (!advertised.getHost().equals(OTHER_POD)) {
            throw new AssertionError("unexpected redirect to " + advertised);
          }
          return new BaoEndpoint(active.address(), OTHER_POD);
        });
  }
}
