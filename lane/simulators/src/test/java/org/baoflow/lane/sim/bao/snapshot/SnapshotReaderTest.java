package org.baoflow.lane.sim.bao.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.baoflow.lane.sim.bao.seal.AesGcm;
import org.baoflow.lane.sim.bao.seal.Seal;
import org.baoflow.lane.sim.bao.seal.StaticKey;
import org.baoflow.lane.sim.bao.seal.StaticSeal;
import org.baoflow.lane.sim.bao.seal.TransitKeyName;
import org.baoflow.lane.sim.bao.seal.TransitKeyRing;
import org.baoflow.lane.sim.bao.seal.TransitSeal;
import org.baoflow.lane.sim.bao.storage.StorageEntry;
import org.junit.jupiter.api.Test;

class SnapshotReaderTest {

  private static final String SEAL_MESSAGE =
      "could not verify hash file, possibly the snapshot is using a different autoseal key;"
          + " use the snapshot-force API to bypass this check";
  private static final RaftState RAFT =
      new RaftState(7, 2, List.of(RaftServer.voter("n1", "n1:8201")), 5);
  private static final List<StorageEntry> ENTRIES =
      List.of(
          StorageEntry.of("a", "one".getBytes(StandardCharsets.UTF_8)),
          new StorageEntry("b", "two".getBytes(StandardCharsets.UTF_8), true));

  private final StaticKey key = new StaticKey("k1", AesGcm.newKey());
  private final StaticSeal seal = StaticSeal.of(key);

  private static byte[] snapshot(Seal seal, List<StorageEntry> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SnapshotWriter(seal, Clock.systemUTC()).write(out, RAFT, entries);
    return out.toByteArray();
  }

  private static Snapshot read(Seal target, byte[] snapshot, RestoreMode mode) throws IOException {
    return new SnapshotReader(target).read(new ByteArrayInputStream(snapshot), mode);
  }

  @Test
  void roundTripsEntriesAndMeta() throws IOException {
    Snapshot read = read(seal, snapshot(seal, ENTRIES), RestoreMode.CHECKED);

    assertThat(read.entries()).isEqualTo(ENTRIES);
    assertThat(read.meta().index()).isEqualTo(7);
    assertThat(read.meta().term()).isEqualTo(2);
    assertThat(read.meta().servers()).containsExactly(RaftServer.voter("n1", "n1:8201"));
    assertThat(read.meta().configurationIndex()).isEqualTo(5);
  }

  @Test
  void tamperedStateFailsTheChecksum() throws IOException {
    byte[] tampered =
        ArchiveFiles.rewrite(
            snapshot(seal, ENTRIES),
            files -> replace(files, "state.bin", flipLastByte(files, "state.bin")));

    for (RestoreMode mode : RestoreMode.values()) {
      assertThatThrownBy(() -> read(seal, tampered, mode))
          .isExactlyInstanceOf(InvalidSnapshotException.class)
          .hasMessage("checksum mismatch for \"state.bin\" in SHA256SUMS");
    }
  }

  @Test
  void sumsRewrittenToMatchTamperingStillFailTheSealedSums() throws IOException {
    byte[] original = snapshot(seal, ENTRIES);
    List<StorageEntry> forged = List.of(StorageEntry.of("a", new byte[] {0}));
    byte[] forgedSnapshot = snapshot(StaticSeal.of(new StaticKey("k1", AesGcm.newKey())), forged);
    byte[] originalSealedSums = ArchiveFiles.content(original, "SHA256SUMS.sealed");
    byte[] mixed =
        ArchiveFiles.rewrite(
            forgedSnapshot, files -> replace(files, "SHA256SUMS.sealed", originalSealedSums));

    assertThatThrownBy(() -> read(seal, mixed, RestoreMode.CHECKED))
        .isExactlyInstanceOf(InvalidSnapshotException.class)
        .hasMessageContaining("in SHA256SUMS.sealed");
  }

  @Test
  void anExtraEntryIsRejected() throws IOException {
    byte[] extra =
        ArchiveFiles.rewrite(
            snapshot(seal, ENTRIES),
            files -> {
              files.add(new ArchiveFiles.File("notes.txt", 0600, new byte[] {1}));
              return files;
            });

    assertThatThrownBy(() -> read(seal, extra, RestoreMode.FORCE))
        .isExactlyInstanceOf(InvalidSnapshotException.class)
        .hasMessage("unexpected file \"notes.txt\" in snapshot");
  }

  @Test
  void everyFileIsRequired() throws IOException {
    byte[] snapshot = snapshot(seal, ENTRIES);
    for (String name : List.of("meta.json", "state.bin", "SHA256SUMS", "SHA256SUMS.sealed")) {
      byte[] missing =
          ArchiveFiles.rewrite(
              snapshot,
              files -> {
                files.removeIf(file -> file.name().equals(name));
                return files;
              });

      for (RestoreMode mode : RestoreMode.values()) {
        assertThatThrownBy(() -> read(seal, missing, mode))
            .as(name + " " + mode)
            .isExactlyInstanceOf(InvalidSnapshotException.class)
            .hasMessage("incomplete snapshot: missing \"" + name + "\"");
      }
    }
  }

  @Test
  void readsAtMost8KibOfMetaJson() throws IOException {
    byte[] snapshot = snapshot(seal, ENTRIES);
    byte[] meta = ArchiveFiles.content(snapshot, "meta.json");
    // Valid JSON padded past 8 KiB: the reader sees a truncated document.
    byte[] padded = new byte[SnapshotReader.META_LIMIT + 10];
    java.util.Arrays.fill(padded, (byte) ' ');
    System.arraycopy(meta, 0, padded, padded.length - meta.length, meta.length);
    byte[] oversized = ArchiveFiles.rewrite(snapshot, files -> replace(files, "meta.json", padded));

    assertThatThrownBy(() -> read(seal, oversized, RestoreMode.FORCE))
        .isInstanceOf(InvalidSnapshotException.class)
        .hasMessageStartingWith("failed to decode meta.json");
  }

  @Test
  void sameStaticKeyInAnotherSealPassesTheSealCheck() throws IOException {
    StaticSeal sameKeyElsewhere = StaticSeal.of(new StaticKey("k1", key.bytes()));

    assertThat(read(sameKeyElsewhere, snapshot(seal, ENTRIES), RestoreMode.CHECKED).entries())
        .isEqualTo(ENTRIES);
  }

  @Test
  void previousKeyPassesTheSealCheckAfterRotation() throws IOException {
    StaticSeal rotated = new StaticSeal(new StaticKey("k2", AesGcm.newKey()), Optional.of(key));

    assertThat(read(rotated, snapshot(seal, ENTRIES), RestoreMode.CHECKED).entries())
        .isEqualTo(ENTRIES);
  }

  @Test
  void anotherStaticKeyFailsWithOpenBaosMessageUnlessForced() throws IOException {
    byte[] snapshot = snapshot(seal, ENTRIES);
    StaticSeal other = StaticSeal.of(new StaticKey("k9", AesGcm.newKey()));

    assertThatThrownBy(() -> read(other, snapshot, RestoreMode.CHECKED))
        .isExactlyInstanceOf(SealCheckFailedException.class)
        .hasMessage(SEAL_MESSAGE);
    assertThat(read(other, snapshot, RestoreMode.FORCE).entries()).isEqualTo(ENTRIES);
  }

  @Test
  void sameTransitKeyFromAnotherClusterAndTokenPassesTheSealCheck() throws IOException {
    TransitKeyRing infra = new TransitKeyRing();
    TransitKeyName name = new TransitKeyName("https://infra:8200", "transit", "unseal");
    infra.createKey(name);
    byte[] snapshot = snapshot(new TransitSeal(infra, name, infra.issueToken(name)), ENTRIES);
    infra.rotate(name);

    TransitSeal drCluster = new TransitSeal(infra, name, infra.issueToken(name));

    assertThat(read(drCluster, snapshot, RestoreMode.CHECKED).entries()).isEqualTo(ENTRIES);
  }

  @Test
  void anotherTransitKeyFailsWithOpenBaosMessage() throws IOException {
    TransitKeyRing infra = new TransitKeyRing();
    TransitKeyName source = new TransitKeyName("https://infra:8200", "transit", "unseal");
    TransitKeyName target = new TransitKeyName("https://infra:8200", "transit", "unseal-dr");
    infra.createKey(source);
    infra.createKey(target);
    byte[] snapshot = snapshot(new TransitSeal(infra, source, infra.issueToken(source)), ENTRIES);

    TransitSeal other = new TransitSeal(infra, target, infra.issueToken(target));

    assertThatThrownBy(() -> read(other, snapshot, RestoreMode.CHECKED))
        .isExactlyInstanceOf(SealCheckFailedException.class)
        .hasMessage(SEAL_MESSAGE);
  }

  @Test
  void aLargeStateStreamsThroughBothDirections() throws IOException {
    List<StorageEntry> many = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      many.add(
          StorageEntry.of(
              "logical/kv/data/item-" + i, ("value-" + i).getBytes(StandardCharsets.UTF_8)));
    }
    CountingSink sink = new CountingSink();

    SnapshotMeta meta = new SnapshotWriter(seal, Clock.systemUTC()).write(sink, RAFT, many);

    assertThat(meta.size()).isGreaterThan(50_000L * 30);
    assertThat(sink.count).isGreaterThan(meta.size());
    assertThat(read(seal, snapshot(seal, many), RestoreMode.CHECKED).entries()).isEqualTo(many);
  }

  /** Counts and discards: the writer must not need the archive to be kept anywhere. */
  private static final class CountingSink extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  private static byte[] content(List<ArchiveFiles.File> files, String name) {
    return files.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().content();
  }

  private static byte[] flipLastByte(List<ArchiveFiles.File> files, String name) {
    byte[] bytes = content(files, name).clone();
    bytes[bytes.length - 1] ^= 1;
    return bytes;
  }

  private static List<ArchiveFiles.File> replace(
      List<ArchiveFiles.File> files, String name, byte[] content) {
    files.replaceAll(
        file ->
            file.name().equals(name) ? new ArchiveFiles.File(name, file.mode(), content) : file);
    return files;
  }
}
