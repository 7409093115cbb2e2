package org.baoflow.lane.sim.bao.http;

import java.util.Base64;
import java.util.HexFormat;
import org.baoflow.lane.sim.bao.BaoException;

/** Decodes an unseal share as OpenBao does: hex first, then base64. */
final class UnsealKey {
  private UnsealKey() {}

  static byte[] decode(String key) {
    if (key.length() % 2 == 0 && key.matches("[0-9a-fA-F]+")) {
      return HexFormat.of().parseHex(key);
    }
    try {
      return Base64.getDecoder().decode(key);
    } catch (IllegalArgumentException e) {
      throw BaoException.of(400, "'key' must be a valid hex or base64 string");
    }
  }
}
