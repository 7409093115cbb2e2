package org.baoflow.activities.storage;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/** SHA-256 helpers: every JVM has the algorithm, so its absence is a broken runtime. */
final class Sha256 {

  private static final int READ_BUFFER = 64 * 1024;

  /**
   * Bytes between two progress reports: often enough to heartbeat, rarely enough to cost nothing.
   */
  static final int PROGRESS_STEP = 8 * 1024 * 1024;

  private Sha256() {}

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Hashes a stream to its end in constant memory, telling {@code progress} the bytes read so far
   * after every {@value #PROGRESS_STEP} bytes and at the end.
   */
  static Hashed of(InputStream in, LongConsumer progress) throws IOException {
    MessageDigest digest = newDigest();
    byte[] buffer = new byte[READ_BUFFER];
    long size = 0;
    long reported = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      digest.update(buffer, 0, n);
      size += n;
      if (size - reported >= PROGRESS_STEP) {
        progress.accept(size);
        reported = size;
      }
    }
    progress.accept(size);
    return new Hashed(size, hex(digest));
  }

  /** The length and SHA-256 (lowercase hex) of a stream. */
  record Hashed(long size, String sha256) {}
}
