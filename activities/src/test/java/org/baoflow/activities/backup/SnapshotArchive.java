package org.baoflow.activities.backup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The files of a raft snapshot (a gzip tar), read independently of the code under test, so two
 * snapshots can be compared by content: each is stamped with the time it was written and its sealed
 * checksums with a random nonce, so their bytes differ even when their data does not.
 */
final class SnapshotArchive {
  private static final int BLOCK = 512;

  private SnapshotArchive() {}

  /** File name to content, in archive order. */
  static Map<String, byte[]> files(byte[] snapshot) {
    byte[] tar;
    try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(snapshot))) {
      tar = gzip.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("not a gzip stream", e);
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    int offset = 0;
    while (offset + BLOCK <= tar.length && tar[offset] != 0) {
      String name = field(tar, offset, 100);
      int size = Integer.parseInt(field(tar, offset + 124, 12).trim(), 8);
      int content = offset + BLOCK;
      files.put(name, Arrays.copyOfRange(tar, content, content + size));
      offset = content + (size + BLOCK - 1) / BLOCK * BLOCK;
    }
    return files;
  }

  private static String field(byte[] tar, int offset, int length) {
    int end = offset;
    while (end < offset + length && tar[end] != 0) {
      end++;
    }
    return new String(tar, offset, end - offset, StandardCharsets.US_ASCII);
  }
}
