package org.baoflow.lane.sim.bao.seal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One key of a {@code seal "static"}: a permanent id and 32 bytes. {@link #toString()} leaves the
 * bytes out.
 */
public record StaticKey(String id, byte[] bytes) {

  public StaticKey {
    if (id.isBlank()) {
      throw new IllegalArgumentException("a static seal key needs an id");
    }
    if (bytes.length != AesGcm.KEY_BYTES) {
      throw new IllegalArgumentException(
          "static seal key " + id + " must have 32 bytes, not " + bytes.length);
    }
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * Reads a key the way the stanza gives it after {@code env://}/{@code file://} resolution: 64 hex
   * digits, base64 of 32 bytes, or 32 raw bytes.
   */
  public static StaticKey parse(String id, String text) {
    return new StaticKey(
        id,
        hex(text)
            .or(() -> base64(text))
            .or(() -> raw(text))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "static seal key "
                            + id
                            + " is neither 32 raw bytes, 64 hex digits nor base64 of 32 bytes")));
  }

  private static Optional<byte[]> hex(String text) {
    if (text.length() != 2 * AesGcm.KEY_BYTES) {
      return Optional.empty();
    }
    try {
      return Optional.of(HexFormat.of().parseHex(text));
    } catch (IllegalArgumentException notHex) {
      return Optional.empty();
    }
  }

  private static Optional<byte[]> base64(String text) {
    try {
      byte[] decoded = Base64.getDecoder().decode(text.strip());
      return decoded.length == AesGcm.KEY_BYTES ? Optional.of(decoded) : Optional.empty();
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  private static Optional<byte[]> raw(String text) {
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    return raw.length == AesGcm.KEY_BYTES ? Optional.of(raw) : Optional.empty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StaticKey key && id.equals(key.id) && Arrays.equals(bytes, key.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * id.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "StaticKey[id=" + id + "]";
  }
}
