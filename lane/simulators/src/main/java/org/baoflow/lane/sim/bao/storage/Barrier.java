package org.baoflow.lane.sim.bao.storage;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.baoflow.lane.sim.bao.seal.AesGcm;

/**
 * The unsealed barrier of a {@link NodeStorage}: reads and writes plaintext values, which storage
 * keeps encrypted under the barrier key. Only {@link NodeStorage#unseal} hands one out.
 */
public final class Barrier {

  private final NodeStorage storage;
  private final byte[] barrierKey;

  Barrier(NodeStorage storage, byte[] barrierKey) {
    this.storage = storage;
    this.barrierKey = barrierKey.clone();
  }

  /** Stores {@code value} encrypted under the barrier key. */
  public void write(String key, byte[] value) {
    storage.put(StorageEntry.of(key, AesGcm.encrypt(barrierKey, value, aad(key))));
  }

  /** The plaintext stored at {@code key}, if any. */
  public Optional<byte[]> read(String key) {
    return storage.get(key).map(entry -> AesGcm.decrypt(barrierKey, entry.value(), aad(key)));
  }

  // Binding each value to its path, as OpenBao's barrier does, stops values being swapped.
  static byte[] aad(String key) {
    return key.getBytes(StandardCharsets.UTF_8);
  }
}
