package org.baoflow.lane.sim.kube.auth;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;

/** Unpadded base64url, the encoding of every JWS segment and JWK number. */
final class Base64Url {

  private Base64Url() {}

  static String encode(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static byte[] decode(String text) {
    return Base64.getUrlDecoder().decode(text);
  }

  /**
   * Encodes a non-negative integer big-endian in exactly {@code length} bytes (0 for the minimal
   * length), as RFC 7518 requires for JWK members; Java's two's complement sign byte is dropped.
   */
  static String encodeUnsigned(BigInteger value, int length) {
    byte[] raw = value.toByteArray();
    int start = raw.length > 1 && raw[0] == 0 ? 1 : 0;
    byte[] magnitude = Arrays.copyOfRange(raw, start, raw.length);
    if (length == 0 || magnitude.length == length) {
      return encode(magnitude);
    }
    byte[] padded = new byte[length];
    System.arraycopy(magnitude, 0, padded, length - magnitude.length, magnitude.length);
    return encode(padded);
  }
}
