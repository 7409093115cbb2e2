package org.baoflow.lane.sim.bao.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.baoflow.lane.sim.bao.NodeStorage;
import org.baoflow.lane.sim.bao.http.NodeFixture.Node;
import org.baoflow.lane.sim.bao.seal.AesGcm;
import org.baoflow.lane.sim.bao.seal.Seal;
import org.baoflow.lane.sim.bao.seal.SealIdentity;
import org.baoflow.lane.sim.bao.seal.SealMismatchException;
import org.baoflow.lane.sim.bao.seal.StaticKey;
import org.baoflow.lane.sim.bao.seal.StaticSeal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AutoUnsealTest {
  private final NodeFixture lane = new NodeFixture();

  @AfterEach
  void close() {
    lane.close();
  }

  private static Seal otherSeal() {
    return StaticSeal.of(new StaticKey("other", AesGcm.newKey()));
  }

  @Test
  void aNodeRestartedWithASealThatCannotOpenTheRootKeyStaysSealed() {
    NodeStorage storage = new NodeStorage();
    Node node = lane.start("bao-0", storage);
    lane.post(node, "sys/init", "{}");
    lane.stop(node);

    Node wrong = lane.start("bao-0", storage, otherSeal());
    assertThat(lane.get(wrong, "sys/health").status()).isEqualTo(503);
    assertThat(lane.get(wrong, "sys/seal-status").json().get("initialized").asBoolean()).isTrue();
    lane.stop(wrong);

    Node right = lane.start("bao-0", storage);
    assertThat(lane.get(right, "sys/health").json().get("sealed").asBoolean()).isFalse();
  }

  @Test
  void aSealThatBecomesAvailableUnsealsTheNodeOnTheNextRetry() throws InterruptedException {
    NodeStorage storage = new NodeStorage();
    Node node = lane.start("bao-0", storage);
    lane.post(node, "sys/init", "{}");
    lane.stop(node);
    AtomicBoolean reachable = new AtomicBoolean(false);

    Node restarted = lane.start("bao-0", storage, new FlakySeal(NodeFixture.SEAL, reachable));
    assertThat(lane.get(restarted, "sys/health").status()).isEqualTo(503);
    reachable.set(true);

    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (lane.get(restarted, "sys/health").status() == 503 && System.nanoTime() < deadline) {
      Thread.sleep(NodeFixture.TIMING.autoUnsealRetry().toMillis());
    }
    assertThat(lane.get(restarted, "sys/health").json().get("sealed").asBoolean()).isFalse();
  }

  @Test
  void aNodeWhoseSealCannotOpenTheClusterRootKeyCannotJoin() {
    Node leader = lane.start("bao-0");
    lane.post(leader, "sys/init", "{}");
    Node stranger = lane.start("bao-1", new NodeStorage(), otherSeal());

    NodeFixture.Response joined =
        lane.post(
            stranger,
            "sys/storage/raft/join",
            "{\"leader_api_addr\":\"https://bao-0.bao-internal:8200\"}");

    assertThat(joined.status()).isEqualTo(500);
    assertThat(lane.get(stranger, "sys/init").json().get("initialized").asBoolean()).isFalse();
  }

  /** A seal whose key server is unreachable until the test says otherwise. */
  private record FlakySeal(Seal seal, AtomicBoolean reachable) implements Seal {
    @Override
    public SealIdentity identity() {
      return seal.identity();
    }

    @Override
    public byte[] wrap(byte[] plaintext) {
      return seal.wrap(plaintext);
    }

    @Override
    public byte[] unwrap(byte[] blob) {
      if (!reachable.get()) {
        throw new SealMismatchException("the seal's key server is unreachable");
      }
      return seal.unwrap(blob);
    }
  }
}
