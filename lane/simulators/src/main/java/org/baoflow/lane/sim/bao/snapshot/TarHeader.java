package org.baoflow.lane.sim.bao.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A ustar header block: the fields a snapshot uses, encoded and decoded. */
record TarHeader(String name, long size, int mode, char type) {

  static final int MODE = 0600;
  private static final int NAME = 0;
  private static final int MODE_FIELD = 100;
  private static final int UID = 108;
  private static final int GID = 116;
  private static final int SIZE = 124;
  private static final int MTIME = 136;
  private static final int CHECKSUM = 148;
  private static final int TYPE = 156;
  private static final int MAGIC = 257;
  private static final int VERSION = 263;
  private static final int PREFIX = 345;

  static byte[] encode(String name, long size, long modifiedEpochSeconds) {
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    if (nameBytes.length > 100) {
      throw new IllegalArgumentException("tar entry name too long: " + name);
    }
    byte[] block = new byte[TarWriter.BLOCK];
    System.arraycopy(nameBytes, 0, block, NAME, nameBytes.length);
    octal(block, MODE_FIELD, 8, MODE);
    octal(block, UID, 8, 0);
    octal(block, GID, 8, 0);
    octal(block, SIZE, 12, size);
    octal(block, MTIME, 12, modifiedEpochSeconds);
    block[TYPE] = '0';
    System.arraycopy(TarWriter.ascii("ustar\0"), 0, block, MAGIC, 6);
    System.arraycopy(TarWriter.ascii("00"), 0, block, VERSION, 2);
    Arrays.fill(block, CHECKSUM, CHECKSUM + 8, (byte) ' ');
    long sum = checksum(block);
    // Six octal digits, a NUL and a space: the layout GNU and Go tar write.
    byte[] digits = TarWriter.ascii(String.format("%06o", sum));
    System.arraycopy(digits, 0, block, CHECKSUM, 6);
    block[CHECKSUM + 6] = 0;
    block[CHECKSUM + 7] = ' ';
    return block;
  }

  /**
   * Decodes a header block.
   *
   * @throws InvalidSnapshotException if the checksum or a numeric field is wrong
   */
  static TarHeader decode(byte[] block) throws InvalidSnapshotException {
    long recorded = parseOctal(block, CHECKSUM, 8);
    byte[] copy = block.clone();
    Arrays.fill(copy, CHECKSUM, CHECKSUM + 8, (byte) ' ');
    if (checksum(copy) != recorded) {
      throw new InvalidSnapshotException("failed to read snapshot file: tar header checksum");
    }
    String name = text(block, NAME, 100);
    String prefix =
        new String(block, MAGIC, 5, StandardCharsets.US_ASCII).equals("ustar")
            ? text(block, PREFIX, 155)
            : "";
    return new TarHeader(
        prefix.isEmpty() ? name : prefix + "/" + name,
        parseOctal(block, SIZE, 12),
        (int) parseOctal(block, MODE_FIELD, 8),
        block[TYPE] == 0 ? '0' : (char) block[TYPE]);
  }

  static boolean isZero(byte[] block) {
    for (byte b : block) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  private static long checksum(byte[] block) {
    long sum = 0;
    for (byte b : block) {
      sum += b & 0xFF;
    }
    return sum;
  }

  private static void octal(byte[] block, int offset, int length, long value) {
    String digits = Long.toOctalString(value);
    if (digits.length() > length - 1) {
      throw new IllegalArgumentException("value " + value + " does not fit a tar header field");
    }
    String padded = "0".repeat(length - 1 - digits.length()) + digits;
    System.arraycopy(TarWriter.ascii(padded), 0, block, offset, length - 1);
    block[offset + length - 1] = 0;
  }

  private static long parseOctal(byte[] block, int offset, int length)
      throws InvalidSnapshotException {
    String field = new String(block, offset, length, StandardCharsets.US_ASCII);
    String digits = field.replace('\0', ' ').strip();
    if (digits.isEmpty() || !digits.matches("[0-7]+")) {
      throw new InvalidSnapshotException("failed to read snapshot file: bad tar header field");
    }
    return Long.parseLong(digits, 8);
  }

  private static String text(byte[] block, int offset, int length) {
    int end = offset;
    while (end < offset + length && block[end] != 0) {
      end++;
    }
    return new String(block, offset, end - offset, StandardCharsets.UTF_8);
  }
}
