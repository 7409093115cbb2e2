package org.baoflow.lane.sim.bao.storage;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.baoflow.lane.sim.bao.seal.AesGcm;

/**
 * The unsealed barrier of a {@link NodeStorage}: the {@link LogicalStorage} OpenBao's backends see,
 * reading and writing plaintext values that storage keeps encrypted under the barrier key. Only
 * {@link NodeStorage#unseal} hands one out.
 */
public final class Barrier implements LogicalStorage {

  private final NodeStorage storage;
  private final byte[] barrierKey;

  Barrier(NodeStorage storage, byte[] barrierKey) {
    this.storage = storage;
    this.barrierKey = barrierKey.clone();
  }

  /** Stores {@code value} encrypted under the barrier key. */
  @Override
  public void put(String key, byte[] value) {
    storage.put(StorageEntry.of(key, AesGcm.encrypt(barrierKey, value, aad(key))));
  }

  /** The plaintext stored at {@code key}, if any. */
  @Override
  public Optional<byte[]> get(String key) {
    return storage.get(key).map(entry -> AesGcm.decrypt(barrierKey, entry.value(), aad(key)));
  }

  @Override
  public void delete(String key) {
    storage.delete(key);
  }

  @Override
  public List<String> list(String prefix) {
    return storage.keysUnder(prefix).stream()
        .map(key -> key.substring(prefix.length()))
        .map(rest -> rest.contains("/") ? rest.substring(0, rest.indexOf('/') + 1) : rest)
        .distinct()
        .sorted()
        .toList();
  }

  // Binding each value to its path, as OpenBao's barrier does, stops values being swapped.
  static byte[] aad(String key) {
    return key.getBytes(StandardCharsets.UTF_8);
  }
}
