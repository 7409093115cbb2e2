package org.baoflow.lane.sim.bao.snapshot;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code SHA256SUMS} text: one {@code <hex><two spaces><name>\n} line per file, as {@code
 * sha256sum} writes it.
 */
record Checksums(Map<String, String> hexByName) {

  Checksums {
    hexByName = Map.copyOf(hexByName);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** Writes meta.json's line first, then state.bin's; OpenBao's order is Go's random map order. */
  static byte[] format(byte[] metaDigest, byte[] stateDigest) {
    HexFormat hex = HexFormat.of();
    String text =
        hex.formatHex(metaDigest)
            + "  "
            + SnapshotFiles.META
            + "\n"
            + hex.formatHex(stateDigest)
            + "  "
            + SnapshotFiles.STATE
            + "\n";
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  static Checksums parse(byte[] text, String file) throws InvalidSnapshotException {
    Map<String, String> sums = new LinkedHashMap<>();
    for (String line : new String(text, StandardCharsets.UTF_8).split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      int separator = line.indexOf("  ");
      if (separator != 64 || !line.substring(0, 64).matches("[0-9a-f]{64}")) {
        throw new InvalidSnapshotException("invalid line in " + file);
      }
      sums.put(line.substring(separator + 2), line.substring(0, 64));
    }
    return new Checksums(sums);
  }

  /**
   * Checks that every listed file has the digest computed while reading it and that no file is
   * missing from the list.
   */
  void verify(Map<String, byte[]> computed, String file) throws InvalidSnapshotException {
    for (Map.Entry<String, byte[]> actual : computed.entrySet()) {
      String expected = hexByName.get(actual.getKey());
      if (expected == null) {
        throw new InvalidSnapshotException(
            "no checksum for \"" + actual.getKey() + "\" in " + file);
      }
      if (!expected.equals(HexFormat.of().formatHex(actual.getValue()))) {
        throw new InvalidSnapshotException(
            "checksum mismatch for \"" + actual.getKey() + "\" in " + file);
      }
    }
    for (String name : hexByName.keySet()) {
      if (!computed.containsKey(name)) {
        throw new InvalidSnapshotException(file + " lists \"" + name + "\", not in the snapshot");
      }
    }
  }
}
