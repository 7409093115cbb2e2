package org.baoflow.lane.sim.bao.storage;

import java.util.Arrays;

/**
 * One entry of OpenBao's physical storage (the raft FSM's data bucket), as {@code state.bin}
 * carries it: the key, the stored value (barrier-encrypted for data behind the barrier) and the
 * seal-wrap flag.
 */
public record StorageEntry(String key, byte[] value, boolean sealWrap) {

  public StorageEntry {
    value = value.clone();
  }

  /** An entry that is not seal-wrapped. */
  public static StorageEntry of(String key, byte[] value) {
    return new StorageEntry(key, value, false);
  }

  @Override
  public byte[] value() {
    return value.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StorageEntry entry
        && key.equals(entry.key)
        && sealWrap == entry.sealWrap
        && Arrays.equals(value, entry.value);
  }

  @Override
  public int hashCode() {
    return (31 * key.hashCode() + Arrays.hashCode(value)) * 31 + Boolean.hashCode(sealWrap);
  }

  @Override
  public String toString() {
    return "StorageEntry[key=" + key + ", " + value.length + " bytes, sealWrap=" + sealWrap + "]";
  }
}
