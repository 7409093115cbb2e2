package org.baoflow.lane.sim.bao.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.baoflow.lane.sim.bao.seal.Seal;
import org.baoflow.lane.sim.bao.seal.SealMismatchException;
import org.baoflow.lane.sim.bao.storage.StorageEntry;

/**
 * Reads and validates a snapshot as OpenBao's restore does: only the four known entries (any other
 * is {@code unexpected file "<name>" in snapshot}), every one present, at most 8 KiB of {@code
 * meta.json} read, {@code state.bin} decoded while it is hashed, {@code SHA256SUMS} checked and,
 * for a {@link RestoreMode#CHECKED} restore, {@code SHA256SUMS.sealed} opened with the target's
 * seal and checked too. A {@link RestoreMode#FORCE} restore still requires {@code
 * SHA256SUMS.sealed} but skips opening it.
 */
public final class SnapshotReader {

  /** OpenBao reads no more of meta.json than this. */
  static final int META_LIMIT = 8 * 1024;

  // SHA256SUMS holds two lines; a cap keeps a hostile archive from filling memory.
  private static final int SUMS_LIMIT = 64 * 1024;

  private final Seal targetSeal;

  /** A reader for a target sealed by {@code targetSeal}. */
  public SnapshotReader(Seal targetSeal) {
    this.targetSeal = targetSeal;
  }

  /**
   * Reads the whole snapshot from {@code in}.
   *
   * @throws SealCheckFailedException if a checked restore's seal cannot open the sealed sums
   * @throws InvalidSnapshotException if the archive is malformed, incomplete or fails a checksum
   */
  public Snapshot read(InputStream in, RestoreMode mode) throws IOException {
    TarReader tar = new TarReader(new GZIPInputStream(in, 64 * 1024));
    Map<String, byte[]> digests = new LinkedHashMap<>();
    SnapshotMeta meta = null;
    List<StorageEntry> entries = null;
    byte[] sums = null;
    byte[] sealedSums = null;
    for (Optional<TarHeader> next = tar.next(); next.isPresent(); next = tar.next()) {
      String name = next.get().name();
      switch (name) {
        case SnapshotFiles.META -> {
          byte[] json = tar.content().readNBytes(META_LIMIT);
          digests.put(name, Checksums.sha256().digest(json));
          meta = SnapshotMeta.parse(json);
        }
        case SnapshotFiles.STATE -> {
          MessageDigest digest = Checksums.sha256();
          entries = readState(new DigestInputStream(tar.content(), digest));
          digests.put(name, digest.digest());
        }
        case SnapshotFiles.SUMS -> sums = readLimited(tar.content(), name);
        case SnapshotFiles.SEALED_SUMS -> sealedSums = readLimited(tar.content(), name);
        default ->
            throw new InvalidSnapshotException("unexpected file \"" + name + "\" in snapshot");
      }
    }
    require(meta != null, SnapshotFiles.META);
    require(entries != null, SnapshotFiles.STATE);
    require(sums != null, SnapshotFiles.SUMS);
    // Both checksum files must be there whatever the mode; force skips only the unsealing.
    require(sealedSums != null && sealedSums.length > 0, SnapshotFiles.SEALED_SUMS);
    Checksums.parse(sums, SnapshotFiles.SUMS).verify(digests, SnapshotFiles.SUMS);
    if (mode == RestoreMode.CHECKED) {
      Checksums.parse(unseal(sealedSums), SnapshotFiles.SEALED_SUMS)
          .verify(digests, SnapshotFiles.SEALED_SUMS);
    }
    return new Snapshot(meta, entries);
  }

  private byte[] unseal(byte[] sealedSums) throws SealCheckFailedException {
    try {
      return targetSeal.unwrap(sealedSums);
    } catch (SealMismatchException e) {
      throw new SealCheckFailedException(e);
    }
  }

  private static List<StorageEntry> readState(InputStream state) throws IOException {
    List<StorageEntry> entries = new ArrayList<>();
    for (StorageEntry entry = StorageEntryCodec.readDelimited(state);
        entry != null;
        entry = StorageEntryCodec.readDelimited(state)) {
      entries.add(entry);
    }
    return entries;
  }

  private static byte[] readLimited(InputStream content, String name) throws IOException {
    byte[] bytes = content.readNBytes(SUMS_LIMIT + 1);
    if (bytes.length > SUMS_LIMIT) {
      throw new InvalidSnapshotException(name + " is larger than " + SUMS_LIMIT + " bytes");
    }
    return bytes;
  }

  private static void require(boolean present, String name) throws InvalidSnapshotException {
    if (!present) {
      throw new InvalidSnapshotException("incomplete snapshot: missing \"" + name + "\"");
    }
  }
}
