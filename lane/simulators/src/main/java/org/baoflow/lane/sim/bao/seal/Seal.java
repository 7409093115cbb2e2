package org.baoflow.lane.sim.bao.seal;

/**
 * An auto-unseal seal as OpenBao uses it: an AEAD that wraps the root key and the snapshot's {@code
 * SHA256SUMS}. A blob records the key (id or version) that wrapped it, so a seal can tell "not my
 * key" from "tampered" and a rotated seal can still open older blobs.
 */
public interface Seal {

  /** Which key material this seal stands for; two seals with equal identities are compatible. */
  SealIdentity identity();

  /** Encrypts {@code plaintext} under the current key and returns a self-describing blob. */
  byte[] wrap(byte[] plaintext);

  /**
   * Decrypts a blob made by {@link #wrap} of this seal or of a compatible one.
   *
   * @throws SealMismatchException if the blob names a key this seal does not hold, fails
   *     authentication or is not a blob at all
   */
  byte[] unwrap(byte[] blob);
}
