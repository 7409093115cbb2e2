package org.baoflow.lane.sim.bao.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.baoflow.lane.sim.bao.BaoException;
import org.baoflow.lane.sim.bao.ClusterBarrier;
import org.baoflow.lane.sim.bao.NodeStorage;
import org.baoflow.lane.sim.bao.http.NodeFixture.Node;
import org.baoflow.lane.sim.bao.http.NodeFixture.Response;
import org.baoflow.lane.sim.bao.seal.AesGcm;
import org.baoflow.lane.sim.bao.seal.StaticKey;
import org.baoflow.lane.sim.bao.seal.StaticSeal;
import org.baoflow.lane.sim.bao.snapshot.RestoreMode;
import org.baoflow.lane.sim.bao.snapshot.SealCheckFailedException;
import org.baoflow.lane.sim.bao.snapshot.Snapshot;
import org.baoflow.lane.sim.bao.snapshot.SnapshotReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SnapshotEndpointsTest {
  private static final byte[] SECRET = "s3cr3t".getBytes(StandardCharsets.UTF_8);
  private static final String SNAPSHOT = "sys/storage/raft/snapshot";

  private final NodeFixture lane = new NodeFixture();
  private final List<Node> nodes = new ArrayList<>();
  private String token;

  @BeforeEach
  void twoNodeCluster() {
    nodes.add(lane.start("bao-0"));
    nodes.add(lane.start("bao-1"));
    token = lane.post(nodes.get(0), "sys/init", "{}").json().get("root_token").asText();
    lane.post(
        nodes.get(1),
        "sys/storage/raft/join",
        "{\"leader_api_addr\":\"https://bao-0.bao-internal:8200\"}");
    barrier(nodes.get(0)).put("logical/kv/app", SECRET);
  }

  @AfterEach
  void close() {
    lane.close();
  }

  private static ClusterBarrier barrier(Node node) {
    return node.sim().cluster().orElseThrow().barrier();
  }

  private HttpResponse<byte[]> save(Node node, String... headers) {
    return lane.binary(node, "GET", SNAPSHOT, null, headers);
  }

  private HttpResponse<byte[]> restore(Node node, String path, byte[] snapshot) {
    return lane.binary(node, "POST", path, snapshot, "X-Vault-Token", token);
  }

  @Test
  void theActiveNodeStreamsTheClusterStorageSealedWithItsSeal() throws IOException {
    HttpResponse<byte[]> saved = save(nodes.get(0), "X-Vault-Token", token);

    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(saved.headers().firstValue("Content-Type")).contains("application/gzip");
    assertThat(saved.headers().firstValue("Content-Length")).isEmpty();
    Snapshot snapshot =
        new SnapshotReader(NodeFixture.SEAL)
            .read(new ByteArrayInputStream(saved.body()), RestoreMode.CHECKED);
    assertThat(snapshot.entries())
        .extracting(entry -> entry.key())
        .contains("core/hsm/barrier-unseal-keys", "core/keyring", "logical/kv/app");
    assertThat(snapshot.meta().servers())
        .extracting(server -> server.id())
        .containsExactly("bao-0", "bao-1");

    assertThat(save(nodes.get(0)).statusCode()).isEqualTo(403);
  }

  @Test
  void aStandbyAlwaysRedirectsSnapshotCalls() {
    HttpResponse<byte[]> redirect = save(nodes.get(1), "X-Vault-Token", token);

    assertThat(redirect.statusCode()).isEqualTo(307);
    assertThat(redirect.headers().firstValue("Location"))
        .contains("https://bao-0.bao-internal:8200/v1/" + SNAPSHOT);
    assertThat(restore(nodes.get(1), SNAPSHOT + "-force", new byte[] {1}).statusCode())
        .isEqualTo(307);
  }

  @Test
  void aRestoreReplacesEveryEntryAfterAnswering204() {
    byte[] snapshot = save(nodes.get(0), "X-Vault-Token", token).body();
    barrier(nodes.get(0)).put("logical/kv/app", "changed".getBytes(StandardCharsets.UTF_8));
    barrier(nodes.get(0)).put("logical/kv/later", SECRET);

    assertThat(restore(nodes.get(0), SNAPSHOT, snapshot).statusCode()).isEqualTo(204);

    // While the restore applies, the barrier is closed and answers 503.
    awaitTrue(
        () -> {
          try {
            return barrier(nodes.get(0)).get("logical/kv/later").isEmpty();
          } catch (BaoException sealedWhileApplying) {
            return false;
          }
        });
    assertThat(barrier(nodes.get(0)).get("logical/kv/app")).hasValue(SECRET);
    assertThat(nodes.get(1).sim().sealed()).isFalse();
    assertThat(lane.get(nodes.get(1), "sys/leader").json().get("leader_address").asText())
        .isEqualTo("https://bao-0.bao-internal:8200");
  }

  @Test
  void aSnapshotOfAnotherSealIsRefusedUnlessForcedAndThenSealsTheCluster() {
    Node foreign =
        lane.start("dr-0", new NodeStorage(), StaticSeal.of(new StaticKey("dr", AesGcm.newKey())));
    String foreignToken = lane.post(foreign, "sys/init", "{}").json().get("root_token").asText();
    byte[] foreignSnapshot =
        lane.binary(foreign, "GET", SNAPSHOT, null, "X-Vault-Token", foreignToken).body();

    HttpResponse<byte[]> refused = restore(nodes.get(0), SNAPSHOT, foreignSnapshot);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(new String(refused.body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"errors\":[\"" + SealCheckFailedException.MESSAGE + "\"]}");
    HttpResponse<byte[]> garbage = restore(nodes.get(0), SNAPSHOT, new byte[] {1, 2, 3});
    assertThat(garbage.statusCode()).isEqualTo(400);
    assertThat(barrier(nodes.get(0)).get("logical/kv/app")).hasValue(SECRET);

    assertThat(restore(nodes.get(0), SNAPSHOT + "-force", foreignSnapshot).statusCode())
        .isEqualTo(204);

    awaitTrue(() -> nodes.get(0).sim().sealed() && nodes.get(1).sim().sealed());
    assertThat(lane.get(nodes.get(1), "sys/health").status()).isEqualTo(503);
    lane.stop(nodes.get(1));
    Node restarted = lane.start("bao-1", nodes.get(1).storage());
    Response health = lane.get(restarted, "sys/health");
    assertThat(health.status()).isEqualTo(503);
    assertThat(health.json().get("initialized").asBoolean()).isTrue();
  }

  private static void awaitTrue(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition within 5 s").isLessThan(deadline);
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
