package org.baoflow.lane.bench;

import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * A stream of {@code length} pseudo-random bytes that never exist in memory all at once: byte
 * {@code i} depends only on the seed and {@code i} (SplitMix64 of the 8-byte word holding it), so
 * two streams with the same seed and length are equal, however they are read, and the data does not
 * compress to nothing as zeros would. Not thread-safe.
 */
final class GeneratedBytes extends InputStream {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final long length;
  private final long seed;
  private long position;

  GeneratedBytes(long length, long seed) {
    if (length < 0) {
      throw new IllegalArgumentException("length must not be negative, got " + length);
    }
    this.length = length;
    this.seed = seed;
  }

  /** The number of bytes the stream yields in all. */
  long length() {
    return length;
  }

  @Override
  public int read() {
    if (position >= length) {
      return -1;
    }
    int value = (int) (word(position >>> 3) >>> ((position & 7) * 8)) & 0xFF;
    position++;
    return value;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) {
    Objects.checkFromIndexSize(offset, count, buffer.length);
    if (count == 0) {
      return 0;
    }
    if (position >= length) {
      return -1;
    }
    int total = (int) Math.min(count, length - position);
    int at = offset;
    int end = offset + total;
    while (at < end) {
      long word = word(position >>> 3);
      int shift = (int) (position & 7);
      if (shift == 0 && end - at >= Long.BYTES) {
        // The common, aligned case: one store per word keeps generation far above upload speed.
        LONGS.set(buffer, at, word);
        at += Long.BYTES;
        position += Long.BYTES;
      } else {
        int take = Math.min(Long.BYTES - shift, end - at);
        for (int k = 0; k < take; k++) {
          buffer[at + k] = (byte) (word >>> ((shift + k) * 8));
        }
        at += take;
        position += take;
      }
    }
    return total;
  }

  @Override
  public int available() {
    return (int) Math.min(Integer.MAX_VALUE, length - position);
  }

  private long word(long index) {
    long z = seed + (index + 1) * GOLDEN_GAMMA;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
