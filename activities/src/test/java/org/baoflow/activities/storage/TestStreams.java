package org.baoflow.activities.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** Generated snapshot-like input: deterministic pseudo-random bytes, optionally failing midway. */
final class TestStreams {

  static final int MIB = 1024 * 1024;

  private TestStreams() {}

  /** {@code length} pseudo-random bytes; the same seed gives the same bytes. */
  static InputStream generated(long length, long seed) {
    return new Generated(length, seed, Long.MAX_VALUE);
  }

  /**
   * The bytes of {@link #generated}, but throws an IOException once {@code failAfter} were read.
   */
  static InputStream failingAfter(long length, long seed, long failAfter) {
    return new Generated(length, seed, failAfter);
  }

  /**
   * Runs {@code action} once, just before the first read that starts at or after {@code position}.
   */
  static InputStream onPosition(InputStream in, long position, Runnable action) {
    return new FilterInputStream(in) {
      private long read;
      private boolean done;

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (!done && read >= position) {
          done = true;
          action.run();
        }
        int n = super.read(buffer, offset, length);
        read += Math.max(n, 0);
        return n;
      }
    };
  }

  /** The bytes of {@link #generated}, in memory (for small sizes only). */
  static byte[] bytes(int length, long seed) throws IOException {
    return generated(length, seed).readAllBytes();
  }

  static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  private static final class Generated extends InputStream {
    private final SplittableRandom random;
    private final long failAfter;
    private long remaining;
    private long position;

    Generated(long length, long seed, long failAfter) {
      this.random = new SplittableRandom(seed);
      this.remaining = length;
      this.failAfter = failAfter;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (position >= failAfter) {
        throw new IOException("the snapshot stream broke after " + position + " bytes");
      }
      if (remaining == 0) {
        return -1;
      }
      int n = (int) Math.min(Math.min(length, remaining), failAfter - position);
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = (byte) random.nextInt(256);
      }
      remaining -= n;
      position += n;
      return n;
    }
  }
}
