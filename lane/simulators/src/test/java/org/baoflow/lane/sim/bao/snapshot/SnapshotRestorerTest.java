package org.baoflow.lane.sim.bao.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.baoflow.lane.sim.bao.seal.AesGcm;
import org.baoflow.lane.sim.bao.seal.Seal;
import org.baoflow.lane.sim.bao.seal.SealMismatchException;
import org.baoflow.lane.sim.bao.seal.StaticKey;
import org.baoflow.lane.sim.bao.seal.StaticSeal;
import org.baoflow.lane.sim.bao.seal.TransitKeyName;
import org.baoflow.lane.sim.bao.seal.TransitKeyRing;
import org.baoflow.lane.sim.bao.seal.TransitSeal;
import org.baoflow.lane.sim.bao.storage.NodeStorage;
import org.baoflow.lane.sim.bao.storage.StorageEntry;
import org.junit.jupiter.api.Test;

class SnapshotRestorerTest {

  private static final byte[] SECRET = "s3cr3t".getBytes(StandardCharsets.UTF_8);
  private static final RaftState RAFT =
      new RaftState(10, 1, List.of(RaftServer.voter("n1", "n1:8201")), 1);

  private final TransitKeyRing infra = new TransitKeyRing();

  private TransitSeal transit(String keyName) {
    TransitKeyName name = new TransitKeyName("https://infra:8200", "transit", keyName);
    infra.createKey(name);
    return new TransitSeal(infra, name, infra.issueToken(name));
  }

  private static byte[] snapshotWithSecret(Seal seal) throws IOException {
    NodeStorage source = NodeStorage.initialize(seal);
    source.unseal(seal).put("logical/kv/data/app", SECRET);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SnapshotWriter(seal, Clock.systemUTC()).write(out, RAFT, source.entries());
    return out.toByteArray();
  }

  private static SnapshotRestorer.Outcome restore(
      Seal seal, NodeStorage target, byte[] snapshot, RestoreMode mode) throws IOException {
    return new SnapshotRestorer(seal, target).restore(new ByteArrayInputStream(snapshot), mode);
  }

  @Test
  void sameTransitKeyRestoresTheDataAndUnseals() throws IOException {
    byte[] snapshot = snapshotWithSecret(transit("unseal"));
    TransitSeal drSeal = transit("unseal");
    NodeStorage dr = NodeStorage.initialize(drSeal);

    assertThat(restore(drSeal, dr, snapshot, RestoreMode.CHECKED))
        .isEqualTo(SnapshotRestorer.Outcome.UNSEALED);
    assertThat(dr.unseal(drSeal).get("logical/kv/data/app")).hasValue(SECRET);
  }

  @Test
  void anotherSealIsRefusedAndLeavesTheStorageAlone() throws IOException {
    byte[] snapshot = snapshotWithSecret(transit("unseal"));
    TransitSeal otherSeal = transit("unseal-other");
    NodeStorage target = NodeStorage.initialize(otherSeal);
    List<StorageEntry> before = target.entries();

    assertThatThrownBy(() -> restore(otherSeal, target, snapshot, RestoreMode.CHECKED))
        .isInstanceOf(SealCheckFailedException.class);
    assertThat(target.entries()).isEqualTo(before);
    assertThat(target.canBeUnsealedBy(otherSeal)).isTrue();
  }

  @Test
  void forcedRestoreUnderAnotherSealLeavesTheNodeSealed() throws IOException {
    StaticSeal source = StaticSeal.of(new StaticKey("k1", AesGcm.newKey()));
    StaticSeal other = StaticSeal.of(new StaticKey("k2", AesGcm.newKey()));
    byte[] snapshot = snapshotWithSecret(source);
    NodeStorage target = NodeStorage.initialize(other);

    assertThat(restore(other, target, snapshot, RestoreMode.FORCE))
        .isEqualTo(SnapshotRestorer.Outcome.SEALED);
    assertThat(target.canBeUnsealedBy(other)).isFalse();
    assertThatThrownBy(() -> target.unseal(other)).isInstanceOf(SealMismatchException.class);
    // The data is the source's: only the source's seal opens it.
    assertThat(target.unseal(source).get("logical/kv/data/app")).hasValue(SECRET);
  }

  @Test
  void forcedRestoreUnderTheSameSealUnseals() throws IOException {
    StaticSeal seal = StaticSeal.of(new StaticKey("k1", AesGcm.newKey()));
    byte[] snapshot = snapshotWithSecret(seal);
    NodeStorage target = NodeStorage.initialize(seal);

    assertThat(restore(seal, target, snapshot, RestoreMode.FORCE))
        .isEqualTo(SnapshotRestorer.Outcome.UNSEALED);
  }
}
