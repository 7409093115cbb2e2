package org.baoflow.lane.sim.bao.seal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code seal "static"}: wraps with the current key and unwraps with whichever key the blob names,
 * the current one or the {@code previous_key} kept for an n-1 to n rotation.
 */
public final class StaticSeal implements Seal {

  private final StaticKey current;
  private final Optional<StaticKey> previous;

  public StaticSeal(StaticKey current, Optional<StaticKey> previous) {
    previous.ifPresent(
        key -> {
          if (key.id().equals(current.id())) {
            throw new IllegalArgumentException(
                "previous_key_id must differ from current_key_id " + current.id());
          }
        });
    this.current = current;
    this.previous = previous;
  }

  /** A seal with only a current key. */
  public static StaticSeal of(StaticKey current) {
    return new StaticSeal(current, Optional.empty());
  }

  @Override
  public SealIdentity identity() {
    return new SealIdentity("static", current.id());
  }

  @Override
  public byte[] wrap(byte[] plaintext) {
    return new SealedBlob(current.id(), AesGcm.encrypt(current.bytes(), plaintext, aad(current)))
        .encode();
  }

  @Override
  public byte[] unwrap(byte[] blob) {
    SealedBlob sealed = SealedBlob.decode(blob);
    StaticKey key = keyFor(sealed.keyId());
    try {
      return AesGcm.decrypt(key.bytes(), sealed.ciphertext(), aad(key));
    } catch (SealMismatchException e) {
      throw new SealMismatchException(
          "static seal key " + key.id() + " failed to decrypt the blob: " + e.getMessage(), e);
    }
  }

  private StaticKey keyFor(String keyId) {
    if (current.id().equals(keyId)) {
      return current;
    }
    return previous
        .filter(key -> key.id().equals(keyId))
        .orElseThrow(
            () ->
                new SealMismatchException(
                    "blob was wrapped by static key "
                        + keyId
                        + ", which seal "
                        + identity()
                        + " does not hold"));
  }

  private static byte[] aad(StaticKey key) {
    return key.id().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "StaticSeal[" + identity() + previous.map(k -> ", previous=" + k.id()).orElse("") + "]";
  }
}
