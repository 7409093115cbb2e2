package org.baoflow.lane.sim.bao.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.baoflow.lane.sim.bao.seal.AesGcm;
import org.baoflow.lane.sim.bao.seal.Seal;
import org.baoflow.lane.sim.bao.seal.SealMismatchException;

/**
 * The physical storage of one simulated OpenBao cluster, laid out like the real one where a seal
 * and a snapshot can see it: the root key wrapped by the seal at {@value #ROOT_KEY_PATH}, the
 * barrier keyring encrypted by the root key at {@value #KEYRING_PATH}, and data encrypted by the
 * barrier key. A snapshot copies every entry; a restore replaces them all, root key included, so
 * whether the target's seal can still unseal depends on the seal that wrapped the source's root
 * key.
 */
public final class NodeStorage {

  /** Where OpenBao keeps the root key wrapped by an auto-unseal seal. */
  public static final String ROOT_KEY_PATH = "core/hsm/barrier-unseal-keys";

  /** Where OpenBao keeps the barrier keyring, encrypted by the root key. */
  public static final String KEYRING_PATH = "core/keyring";

  private final TreeMap<String, StorageEntry> entries = new TreeMap<>();

  private NodeStorage() {}

  /** Initializes storage as {@code sys/init} does under an auto-unseal seal. */
  public static NodeStorage initialize(Seal seal) {
    byte[] rootKey = AesGcm.newKey();
    byte[] barrierKey = AesGcm.newKey();
    NodeStorage storage = new NodeStorage();
    storage.put(new StorageEntry(ROOT_KEY_PATH, seal.wrap(rootKey), false));
    storage.put(
        StorageEntry.of(
            KEYRING_PATH, AesGcm.encrypt(rootKey, barrierKey, Barrier.aad(KEYRING_PATH))));
    return storage;
  }

  /** Storage holding exactly the given entries, as a restore leaves it. */
  public static NodeStorage of(Collection<StorageEntry> entries) {
    NodeStorage storage = new NodeStorage();
    storage.replaceAll(entries);
    return storage;
  }

  /** Answers whether {@code seal} can unwrap the root key and open the barrier. */
  public boolean canBeUnsealedBy(Seal seal) {
    try {
      unseal(seal);
      return true;
    } catch (SealMismatchException e) {
      return false;
    }
  }

  /**
   * Unwraps the root key with {@code seal} and decrypts the keyring, as auto-unseal does.
   *
   * @throws SealMismatchException if the seal cannot unwrap the root key or the keyring is missing
   */
  public Barrier unseal(Seal seal) {
    byte[] wrappedRootKey =
        get(ROOT_KEY_PATH)
            .orElseThrow(() -> new SealMismatchException("no root key in storage"))
            .value();
    byte[] rootKey = seal.unwrap(wrappedRootKey);
    byte[] keyring =
        get(KEYRING_PATH)
            .orElseThrow(() -> new SealMismatchException("no keyring in storage"))
            .value();
    return new Barrier(this, AesGcm.decrypt(rootKey, keyring, Barrier.aad(KEYRING_PATH)));
  }

  /** Replaces every entry, as applying a snapshot does. */
  public synchronized void replaceAll(Collection<StorageEntry> newEntries) {
    entries.clear();
    newEntries.forEach(this::put);
  }

  /** A copy of every entry in key order. */
  public synchronized List<StorageEntry> entries() {
    return new ArrayList<>(entries.values());
  }

  /** The number of entries. */
  public synchronized int size() {
    return entries.size();
  }

  synchronized void put(StorageEntry entry) {
    entries.put(entry.key(), entry);
  }

  synchronized Optional<StorageEntry> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  synchronized void delete(String key) {
    entries.remove(key);
  }

  /** The keys starting with {@code prefix}, in order. */
  synchronized List<String> keysUnder(String prefix) {
    return entries.tailMap(prefix, true).keySet().stream()
        .takeWhile(key -> key.startsWith(prefix))
        .toList();
  }
}
