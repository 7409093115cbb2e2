package org.baoflow.lane.sim.bao.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Storage keys derived from values that must not, or cannot, be keys themselves. */
final class Sha256 {

  private Sha256() {}

  /** The hex SHA-256 of the text's UTF-8 bytes. */
  static String hex(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
