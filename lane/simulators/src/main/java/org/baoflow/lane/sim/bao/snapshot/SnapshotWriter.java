package org.baoflow.lane.sim.bao.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.baoflow.lane.sim.bao.seal.Seal;
import org.baoflow.lane.sim.bao.storage.StorageEntry;

/**
 * Writes a raft snapshot in OpenBao's format: gzip (uncompressed deflate, as OpenBao 2.6 writes it)
 * of a ustar archive with {@code meta.json}, {@code state.bin}, {@code SHA256SUMS} and {@code
 * SHA256SUMS.sealed}, in that order, each mode 0600. {@code state.bin} streams straight into the
 * archive: its size is computed from the entries first, so nothing but one encoded entry at a time
 * is buffered.
 */
public final class SnapshotWriter {

  private final Seal seal;
  private final Clock clock;

  /** A writer sealing the checksums with {@code seal}, stamping entries with {@code clock}. */
  public SnapshotWriter(Seal seal, Clock clock) {
    this.seal = seal;
    this.clock = clock;
  }

  /**
   * Writes the snapshot of {@code entries} to {@code out} and leaves {@code out} open.
   *
   * @return the {@code meta.json} written
   */
  public SnapshotMeta write(OutputStream out, RaftState raft, List<StorageEntry> entries)
      throws IOException {
    long stateSize = 0;
    for (StorageEntry entry : entries) {
      stateSize += StorageEntryCodec.delimitedSize(entry);
    }
    SnapshotMeta meta =
        new SnapshotMeta(
            SnapshotMeta.VERSION,
            raft.index(),
            raft.term(),
            raft.servers(),
            raft.configurationIndex(),
            stateSize);
    byte[] metaJson = meta.toJson();

    GZIPOutputStream gzip = new UncompressedGzip(out);
    TarWriter tar = new TarWriter(gzip, clock.instant().getEpochSecond());
    tar.writeEntry(SnapshotFiles.META, metaJson);

    tar.beginEntry(SnapshotFiles.STATE, stateSize);
    MessageDigest stateDigest = Checksums.sha256();
    DigestOutputStream state = new DigestOutputStream(tar.content(), stateDigest);
    for (StorageEntry entry : entries) {
      StorageEntryCodec.writeDelimited(state, entry);
    }
    tar.endEntry();

    byte[] sums = Checksums.format(Checksums.sha256().digest(metaJson), stateDigest.digest());
    tar.writeEntry(SnapshotFiles.SUMS, sums);
    tar.writeEntry(SnapshotFiles.SEALED_SUMS, seal.wrap(sums));
    tar.finish();
    gzip.finish();
    out.flush();
    return meta;
  }

  /** OpenBao 2.6 writes gzip with NoCompression for speed; the stream is still valid gzip. */
  private static final class UncompressedGzip extends GZIPOutputStream {
    UncompressedGzip(OutputStream out) throws IOException {
      super(out, 64 * 1024);
      def.setLevel(Deflater.NO_COMPRESSION);
    }
  }
}
