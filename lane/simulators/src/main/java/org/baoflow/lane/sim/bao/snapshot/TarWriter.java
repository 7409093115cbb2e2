package org.baoflow.lane.sim.bao.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a POSIX ustar archive entry by entry, as Go's {@code archive/tar} does for the snapshot:
 * regular files with mode 0600, the size announced in the header and the content padded to 512
 * bytes, then two zero blocks. Content is streamed by the caller between {@link #beginEntry} and
 * {@link #endEntry}.
 */
final class TarWriter {

  static final int BLOCK = 512;

  private final OutputStream out;
  private final long modifiedEpochSeconds;
  private long expected;
  private long written;

  TarWriter(OutputStream out, long modifiedEpochSeconds) {
    this.out = out;
    this.modifiedEpochSeconds = modifiedEpochSeconds;
  }

  /** Writes the header; the caller then writes exactly {@code size} bytes to {@link #content}. */
  void beginEntry(String name, long size) throws IOException {
    out.write(TarHeader.encode(name, size, modifiedEpochSeconds));
    expected = size;
    written = 0;
  }

  /** The stream for the current entry's content. */
  OutputStream content() {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        out.write(b);
        written++;
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        written += len;
      }
    };
  }

  void endEntry() throws IOException {
    if (written != expected) {
      throw new IllegalStateException(
          "tar entry announced " + expected + " bytes but " + written + " were written");
    }
    int padding = (int) ((BLOCK - written % BLOCK) % BLOCK);
    out.write(new byte[padding]);
  }

  void writeEntry(String name, byte[] content) throws IOException {
    beginEntry(name, content.length);
    content().write(content);
    endEntry();
  }

  /** Writes the end-of-archive marker; the underlying stream stays open. */
  void finish() throws IOException {
    out.write(new byte[2 * BLOCK]);
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
