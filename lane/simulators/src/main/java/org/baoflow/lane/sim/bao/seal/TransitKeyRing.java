package org.baoflow.lane.sim.bao.seal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Transit engines of the lane's infra OpenBao servers, shared by every cluster that seals with
 * them: named keys with versions, encryption under the latest version and decryption with the
 * version named in the ciphertext ({@code vault:v<N>:<base64>}, as Transit writes it). Rotation
 * adds a version and keeps the old ones, as a seal's key must. Tokens stand for the seal policy
 * ({@code update} on the key's encrypt and decrypt paths): any token issued for a key may use it.
 */
public final class TransitKeyRing {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<TransitKeyName, List<byte[]>> versions = new HashMap<>();
  private final Map<TransitKeyName, Set<String>> tokens = new HashMap<>();

  /** Creates the key with its first version; creating an existing key changes nothing. */
  public synchronized void createKey(TransitKeyName name) {
    versions.computeIfAbsent(name, key -> new ArrayList<>(List.of(AesGcm.newKey())));
  }

  /** Whether the key has been created. */
  public synchronized boolean exists(TransitKeyName name) {
    return versions.containsKey(name);
  }

  /** Adds a version that encrypts from now on; returns the new version number. */
  public synchronized int rotate(TransitKeyName name) {
    List<byte[]> keys = keys(name);
    keys.add(AesGcm.newKey());
    return keys.size();
  }

  /** The latest version of the key. */
  public synchronized int latestVersion(TransitKeyName name) {
    return keys(name).size();
  }

  /** A new token allowed to encrypt and decrypt with the key. */
  public synchronized String issueToken(TransitKeyName name) {
    keys(name);
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    String token = "s." + HexFormat.of().formatHex(random);
    tokens.computeIfAbsent(name, key -> new HashSet<>()).add(token);
    return token;
  }

  /** {@code <mount>/encrypt/<key>}: encrypts under the latest version. */
  public synchronized String encrypt(String token, TransitKeyName name, byte[] plaintext) {
    authorize(token, name);
    List<byte[]> keys = keys(name);
    int version = keys.size();
    byte[] sealed = AesGcm.encrypt(keys.get(version - 1), plaintext, aad(version));
    return "vault:v" + version + ":" + Base64.getEncoder().encodeToString(sealed);
  }

  /**
   * {@code <mount>/decrypt/<key>}: decrypts with the version the ciphertext names.
   *
   * @throws SealMismatchException if the key or version does not exist or decryption fails
   */
  public synchronized byte[] decrypt(String token, TransitKeyName name, String ciphertext) {
    authorize(token, name);
    List<byte[]> keys = versions.get(name);
    if (keys == null) {
      throw new SealMismatchException("transit key " + name + " does not exist");
    }
    String[] parts = ciphertext.split(":", 3);
    if (parts.length != 3 || !parts[0].equals("vault") || !parts[1].matches("v[1-9][0-9]{0,8}")) {
      throw new SealMismatchException("invalid transit ciphertext");
    }
    int version = Integer.parseInt(parts[1].substring(1));
    if (version > keys.size()) {
      throw new SealMismatchException("transit key " + name + " has no version " + version);
    }
    byte[] sealed;
    try {
      sealed = Base64.getDecoder().decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw new SealMismatchException("invalid transit ciphertext", e);
    }
    return AesGcm.decrypt(keys.get(version - 1), sealed, aad(version));
  }

  private List<byte[]> keys(TransitKeyName name) {
    List<byte[]> keys = versions.get(name);
    if (keys == null) {
      throw new IllegalArgumentException("transit key " + name + " does not exist");
    }
    return keys;
  }

  private void authorize(String token, TransitKeyName name) {
    if (!tokens.getOrDefault(name, Set.of()).contains(token)) {
      throw new IllegalStateException("permission denied on transit key " + name);
    }
  }

  private static byte[] aad(int version) {
    return ("v" + version).getBytes(StandardCharsets.US_ASCII);
  }
}
