package org.baoflow.lane.sim.bao.snapshot;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a ustar archive sequentially: {@link #next()} returns each entry's header and a stream
 * bounded to its content; whatever the caller leaves unread is skipped on the next call.
 */
final class TarReader {

  private final InputStream in;
  private long remaining;
  private long padding;

  TarReader(InputStream in) {
    this.in = in;
  }

  /** The next entry, or empty at the end-of-archive marker. */
  Optional<TarHeader> next() throws IOException {
    skipFully(remaining + padding);
    remaining = 0;
    padding = 0;
    byte[] block = in.readNBytes(TarWriter.BLOCK);
    if (block.length == 0) {
      return Optional.empty();
    }
    if (block.length != TarWriter.BLOCK) {
      throw new InvalidSnapshotException("failed to read snapshot file: truncated tar header");
    }
    if (TarHeader.isZero(block)) {
      return Optional.empty();
    }
    TarHeader header = TarHeader.decode(block);
    remaining = header.size();
    padding = (TarWriter.BLOCK - header.size() % TarWriter.BLOCK) % TarWriter.BLOCK;
    return Optional.of(header);
  }

  /** The current entry's content; reading past it returns end of stream. */
  InputStream content() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        if (remaining == 0) {
          return -1;
        }
        int next = in.read();
        if (next < 0) {
          throw new EOFException("snapshot ends inside a tar entry");
        }
        remaining--;
        return next;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
          return 0;
        }
        if (remaining == 0) {
          return -1;
        }
        int count = in.read(b, off, (int) Math.min(len, remaining));
        if (count < 0) {
          throw new EOFException("snapshot ends inside a tar entry");
        }
        remaining -= count;
        return count;
      }
    };
  }

  private void skipFully(long bytes) throws IOException {
    long left = bytes;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new EOFException("snapshot ends inside a tar entry");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }
}
