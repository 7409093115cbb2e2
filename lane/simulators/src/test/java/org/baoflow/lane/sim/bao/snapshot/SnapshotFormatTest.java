package org.baoflow.lane.sim.bao.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.baoflow.lane.sim.bao.seal.AesGcm;
import org.baoflow.lane.sim.bao.seal.StaticKey;
import org.baoflow.lane.sim.bao.seal.StaticSeal;
import org.baoflow.lane.sim.bao.storage.StorageEntry;
import org.junit.jupiter.api.Test;

class SnapshotFormatTest {

  private static final StaticSeal SEAL = StaticSeal.of(new StaticKey("k1", AesGcm.newKey()));
  private static final RaftState RAFT =
      new RaftState(
          42,
          3,
          List.of(
              RaftServer.voter("bao-0", "bao-0.bao-internal:8201"),
              RaftServer.voter("bao-1", "bao-1.bao-internal:8201")),
          17);
  private static final List<StorageEntry> ENTRIES =
      List.of(
          StorageEntry.of("core/keyring", new byte[] {1, 2, 3}),
          new StorageEntry("core/wrapped", new byte[] {9}, true),
          StorageEntry.of("logical/kv/x", new byte[0]));

  private static byte[] snapshot() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SnapshotWriter(SEAL, Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC))
        .write(out, RAFT, ENTRIES);
    return out.toByteArray();
  }

  @Test
  void holdsTheFourFilesInOrderWithMode0600() throws IOException {
    List<ArchiveFiles.File> files = ArchiveFiles.open(snapshot());

    assertThat(files)
        .extracting(ArchiveFiles.File::name)
        .containsExactly("meta.json", "state.bin", "SHA256SUMS", "SHA256SUMS.sealed");
    assertThat(files).extracting(ArchiveFiles.File::mode).containsOnly(0600);
  }

  @Test
  void metaJsonHasGoFieldNamesInGoOrderAndEndsWithANewline() throws IOException {
    byte[] snapshot = snapshot();
    String meta = new String(ArchiveFiles.content(snapshot, "meta.json"), StandardCharsets.UTF_8);
    int stateSize = ArchiveFiles.content(snapshot, "state.bin").length;

    assertThat(meta)
        .isEqualTo(
            "{\"Version\":1,\"ID\":\"bolt-snapshot\",\"Index\":42,\"Term\":3,\"Peers\":null,"
                + "\"Configuration\":{\"Servers\":["
                + "{\"Suffrage\":0,\"ID\":\"bao-0\",\"Address\":\"bao-0.bao-internal:8201\"},"
                + "{\"Suffrage\":0,\"ID\":\"bao-1\",\"Address\":\"bao-1.bao-internal:8201\"}]},"
                + "\"ConfigurationIndex\":17,\"Size\":"
                + stateSize
                + "}\n");
    JsonNode parsed = new ObjectMapper().readTree(meta);
    assertThat(parsed.get("Peers").isNull()).isTrue();
    assertThat(parsed.get("Size").asLong()).isEqualTo(stateSize).isPositive();
  }

  @Test
  void sha256SumsListsBothFilesWithTheirDigests() throws IOException {
    byte[] snapshot = snapshot();
    String sums = new String(ArchiveFiles.content(snapshot, "SHA256SUMS"), StandardCharsets.UTF_8);

    assertThat(sums.split("\n", -1))
        .containsExactly(
            sha256(ArchiveFiles.content(snapshot, "meta.json")) + "  meta.json",
            sha256(ArchiveFiles.content(snapshot, "state.bin")) + "  state.bin",
            "");
  }

  @Test
  void sealedSumsAreTheSumsWrappedByTheSeal() throws IOException {
    byte[] snapshot = snapshot();

    assertThat(SEAL.unwrap(ArchiveFiles.content(snapshot, "SHA256SUMS.sealed")))
        .isEqualTo(ArchiveFiles.content(snapshot, "SHA256SUMS"));
  }

  @Test
  void stateBinIsUvarintPrefixedProtobufStorageEntries() throws IOException {
    byte[] state = ArchiveFiles.content(snapshot(), "state.bin");

    // The hand-computed wire bytes of the first two messages: length, then tag/value pairs.
    byte[] first = {
      19, 0x0A, 12, 'c', 'o', 'r', 'e', '/', 'k', 'e', 'y', 'r', 'i', 'n', 'g', 0x12, 3, 1, 2, 3
    };
    byte[] second = {
      19, 0x0A, 12, 'c', 'o', 'r', 'e', '/', 'w', 'r', 'a', 'p', 'p', 'e', 'd', 0x12, 1, 9, 0x18, 1
    };
    assertThat(java.util.Arrays.copyOf(state, first.length)).isEqualTo(first);
    assertThat(java.util.Arrays.copyOfRange(state, first.length, first.length + second.length))
        .isEqualTo(second);

    List<StorageEntry> decoded = new ArrayList<>();
    ByteArrayInputStream in = new ByteArrayInputStream(state);
    for (StorageEntry e = StorageEntryCodec.readDelimited(in);
        e != null;
        e = StorageEntryCodec.readDelimited(in)) {
      decoded.add(e);
    }
    assertThat(decoded).isEqualTo(ENTRIES);
  }

  @Test
  void varintsLongerThanOneByteRoundTrip() throws IOException {
    StorageEntry big = StorageEntry.of("k", new byte[300]);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int written = StorageEntryCodec.writeDelimited(out, big);

    byte[] bytes = out.toByteArray();
    assertThat(written).isEqualTo(bytes.length).isEqualTo(StorageEntryCodec.delimitedSize(big));
    // 306-byte message: uvarint 0xB2 0x02; the value's length 300 is 0xAC 0x02.
    assertThat(bytes[0] & 0xFF).isEqualTo(0xB2);
    assertThat(bytes[1]).isEqualTo((byte) 0x02);
    assertThat(StorageEntryCodec.readDelimited(new ByteArrayInputStream(bytes))).isEqualTo(big);
  }

  @Test
  void decoderSkipsUnknownFields() throws IOException {
    // key "a", unknown field 7 (varint 5), unknown field 8 (fixed64), seal_wrap true.
    byte[] message = {0x0A, 1, 'a', 0x38, 5, 0x41, 0, 0, 0, 0, 0, 0, 0, 0, 0x18, 1};

    assertThat(StorageEntryCodec.decode(message))
        .isEqualTo(new StorageEntry("a", new byte[0], true));
  }

  @Test
  void isCompatibleWithTheJdkGzipAndAStandardUstarLayout() throws IOException {
    byte[] snapshot = snapshot();
    byte[] tar =
        new java.util.zip.GZIPInputStream(new ByteArrayInputStream(snapshot)).readAllBytes();

    assertThat(new String(tar, 257, 6, StandardCharsets.US_ASCII)).isEqualTo("ustar\0");
    assertThat(new String(tar, 100, 7, StandardCharsets.US_ASCII)).isEqualTo("0000600");
    assertThat(tar.length % 512).isZero();
    assertThat(java.util.Arrays.copyOfRange(tar, tar.length - 1024, tar.length))
        .containsOnly((byte) 0);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
