package org.baoflow.lane.sim.bao.seal;

import java.nio.charset.StandardCharsets;

/**
 * A transit seal for tests, without HTTPS: wraps through a key of the shared {@link TransitKeyRing}
 * directly, in the blob format of the lane's HTTPS transit seal. The blob keeps Transit's
 * ciphertext, whose {@code vault:v<N>:} prefix names the key version, and records the key name; any
 * seal pointing at the same server, mount and key opens it, whatever its token.
 */
public final class TransitSeal implements Seal {

  private final TransitKeyRing ring;
  private final TransitKeyName key;
  private final String token;

  public TransitSeal(TransitKeyRing ring, TransitKeyName key, String token) {
    this.ring = ring;
    this.key = key;
    this.token = token;
  }

  @Override
  public SealIdentity identity() {
    return new SealIdentity("transit", key.toString());
  }

  @Override
  public byte[] wrap(byte[] plaintext) {
    String ciphertext = ring.encrypt(token, key, plaintext);
    return new SealedBlob(key.toString(), ciphertext.getBytes(StandardCharsets.US_ASCII)).encode();
  }

  @Override
  public byte[] unwrap(byte[] blob) {
    SealedBlob sealed = SealedBlob.decode(blob);
    if (!sealed.keyId().equals(key.toString())) {
      throw new SealMismatchException(
          "blob was wrapped by transit key " + sealed.keyId() + ", not by " + key);
    }
    try {
      return ring.decrypt(token, key, new String(sealed.ciphertext(), StandardCharsets.US_ASCII));
    } catch (SealMismatchException e) {
      throw new SealMismatchException(
          "transit key " + key + " failed to decrypt the blob: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "TransitSeal[" + identity() + "]";
  }
}
