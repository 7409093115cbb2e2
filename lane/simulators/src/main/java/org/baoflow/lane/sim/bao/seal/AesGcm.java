package org.baoflow.lane.sim.bao.seal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce prepended to the ciphertext, the AEAD of OpenBao's static
 * seal, Transit keys and barrier. The associated data binds a ciphertext to its key id, so a blob
 * relabelled with another id fails.
 */
public final class AesGcm {

  /** Key length in bytes. */
  public static final int KEY_BYTES = 32;

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private AesGcm() {}

  /** A fresh random 256-bit key. */
  public static byte[] newKey() {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    return key;
  }

  /** Returns {@code nonce || ciphertext || tag}. */
  public static byte[] encrypt(byte[] key, byte[] plaintext, byte[] associatedData) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, associatedData);
      byte[] sealed = cipher.doFinal(plaintext);
      return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * Reverses {@link #encrypt}.
   *
   * @throws SealMismatchException if the key is wrong or the data was altered
   */
  public static byte[] decrypt(byte[] key, byte[] sealed, byte[] associatedData) {
    if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new SealMismatchException("ciphertext too short");
    }
    byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, associatedData);
      return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    } catch (AEADBadTagException e) {
      throw new SealMismatchException("message authentication failed", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  private static Cipher cipher(int mode, byte[] key, byte[] nonce, byte[] associatedData)
      throws GeneralSecurityException {
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException("an AES-256 key has 32 bytes, not " + key.length);
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(associatedData);
    return cipher;
  }
}
