package org.baoflow.lane;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The files of a raft snapshot as OpenBao writes it (a gzipped tar of {@code meta.json}, {@code
 * state.bin}, {@code SHA256SUMS} and {@code SHA256SUMS.sealed}), read independently of BaoFlow and
 * the lane's simulator, so a test can tell a complete snapshot from a truncated one.
 */
record RaftSnapshotFiles(Map<String, byte[]> files) {
  private static final int BLOCK = 512;
  private static final Pattern INDEX = Pattern.compile("\"Index\"\\s*:\\s*(\\d+)");

  /** Reads every file of {@code snapshot}; fails if the archive is cut short. */
  static RaftSnapshotFiles read(byte[] snapshot) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (InputStream tar = new GZIPInputStream(new ByteArrayInputStream(snapshot))) {
      while (true) {
        byte[] header = tar.readNBytes(BLOCK);
        if (header.length < BLOCK) {
          throw new IllegalArgumentException("the archive ends inside a header");
        }
        String name = field(header, 0, 100);
        if (name.isEmpty()) {
          return new RaftSnapshotFiles(files);
        }
        long size = Long.parseLong(field(header, 124, 12).trim(), 8);
        byte[] content = tar.readNBytes(Math.toIntExact(size));
        if (content.length < size) {
          throw new IllegalArgumentException(name + " is cut short");
        }
        tar.skipNBytes((BLOCK - size % BLOCK) % BLOCK);
        files.put(name, content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("not a complete gzip archive", e);
    }
  }

  private static String field(byte[] header, int offset, int length) {
    byte[] raw = Arrays.copyOfRange(header, offset, offset + length);
    int end = 0;
    while (end < raw.length && raw[end] != 0) {
      end++;
    }
    return new String(raw, 0, end, StandardCharsets.US_ASCII);
  }

  /** A file's content; fails if the snapshot has no such file. */
  byte[] file(String name) {
    byte[] content = files.get(name);
    if (content == null) {
      throw new IllegalArgumentException("the snapshot has no " + name);
    }
    return content;
  }

  /**
   * Whether {@code SHA256SUMS} lists the SHA-256 of {@code meta.json} and {@code state.bin} as they
   * are in this archive: the snapshot is whole.
   */
  boolean checksumsMatch() {
    String sums = new String(file("SHA256SUMS"), StandardCharsets.UTF_8);
    return sums.contains(LaneBucket.sha256(file("meta.json")))
        && sums.contains(LaneBucket.sha256(file("state.bin")));
  }

  /** The raft index in {@code meta.json}. */
  long index() {
    String meta = new String(file("meta.json"), StandardCharsets.UTF_8);
    Matcher index = INDEX.matcher(meta);
    if (!index.find()) {
      throw new IllegalArgumentException("meta.json has no Index: " + meta);
    }
    return Long.parseLong(index.group(1));
  }
}
