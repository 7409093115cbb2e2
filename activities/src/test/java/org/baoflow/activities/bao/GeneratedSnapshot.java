package org.baoflow.activities.bao;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A deterministic pseudo-snapshot of {@code size} bytes produced on demand, counting how many bytes
 * were taken from it: a reader that buffered everything would drain it at once.
 */
final class GeneratedSnapshot extends InputStream {

  static final int MIB = 1024 * 1024;

  private final long size;
  private final AtomicLong produced = new AtomicLong();

  GeneratedSnapshot(long size) {
    this.size = size;
  }

  long produced() {
    return produced.get();
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    long position = produced.get();
    if (position >= size) {
      return -1;
    }
    int count = (int) Math.min(length, size - position);
    for (int i = 0; i < count; i++) {
      buffer[offset + i] = byteAt(position + i);
    }
    produced.addAndGet(count);
    return count;
  }

  private static byte byteAt(long position) {
    return (byte) (position * 31 + (position >>> 11));
  }

  /** The SHA-256 of a whole generated snapshot of {@code size} bytes. */
  static String sha256Of(long size) throws IOException {
    return sha256(new GeneratedSnapshot(size), Long.MAX_VALUE).digest();
  }

  /** Reads {@code in} to the end (at most {@code limit} bytes), hashing and counting. */
  static Digest sha256(InputStream in, long limit) throws IOException {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    while (total < limit) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total));
      if (read < 0) {
        break;
      }
      digest.update(buffer, 0, read);
      total += read;
    }
    return new Digest(digest, total);
  }

  /**
   * The count once it stops growing: the writer on the other side is then blocked by flow control.
   * Waiting only strengthens the check; the count bounds what was buffered at any moment.
   */
  long settledProduced() throws InterruptedException {
    long last = -1;
    int unchanged = 0;
    for (int poll = 0; poll < 200 && unchanged < 4; poll++) {
      long now = produced();
      unchanged = now == last ? unchanged + 1 : 0;
      last = now;
      Thread.sleep(50);
    }
    return last;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A running digest and the bytes it has seen. */
  record Digest(MessageDigest state, long bytes) {

    /** Continues over {@code in} to its end. */
    Digest andRest(InputStream in) throws IOException {
      byte[] buffer = new byte[64 * 1024];
      long total = bytes;
      int read;
      while ((read = in.read(buffer)) >= 0) {
        state.update(buffer, 0, read);
        total += read;
      }
      return new Digest(state, total);
    }

    String digest() {
      return HexFormat.of().formatHex(state.digest());
    }
  }
}
