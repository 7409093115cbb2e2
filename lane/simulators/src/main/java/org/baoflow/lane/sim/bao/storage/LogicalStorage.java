package org.baoflow.lane.sim.bao.storage;

import java.util.List;
import java.util.Optional;

/**
 * Storage as OpenBao's logical backends see it behind the unsealed barrier: plaintext values by
 * key. Everything a cluster keeps (auth mounts and their config, policies, tokens, secret mounts,
 * KV data) lives here, so a snapshot carries it and a restore replaces it.
 */
public interface LogicalStorage {

  /** The value at {@code key}, if any. */
  Optional<byte[]> get(String key);

  /** Stores {@code value} at {@code key}, replacing what was there. */
  void put(String key, byte[] value);

  /** Removes {@code key}; nothing happens when it is absent. */
  void delete(String key);

  /**
   * The names directly under {@code prefix} (which is empty or ends with {@code /}), sorted: a key
   * {@code prefix + "a"} gives {@code a}, keys under {@code prefix + "b/"} give one {@code b/}.
   */
  List<String> list(String prefix);

  /** A view of the keys under {@code prefix}, as OpenBao gives each mount its own. */
  default LogicalStorage under(String prefix) {
    LogicalStorage parent = this;
    return new LogicalStorage() {
      @Override
      public Optional<byte[]> get(String key) {
        return parent.get(prefix + key);
      }

      @Override
      public void put(String key, byte[] value) {
        parent.put(prefix + key, value);
      }

      @Override
      public void delete(String key) {
        parent.delete(prefix + key);
      }

      @Override
      public List<String> list(String subPrefix) {
        return parent.list(prefix + subPrefix);
      }
    };
  }
}
