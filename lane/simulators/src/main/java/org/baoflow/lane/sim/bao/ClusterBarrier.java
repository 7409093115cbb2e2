package org.baoflow.lane.sim.bao;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.baoflow.lane.sim.bao.storage.Barrier;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;

/**
 * The cluster's storage behind the barrier, as the active node serves it: every member's barrier
 * decrypts the same replicated entries, so the view goes through whichever barrier a member opened
 * last. A restore replaces the keyring, so the view is cleared and reopened by the members whose
 * seal still opens the restored root key; while none has, every access is 503 {@code Vault is
 * sealed}.
 */
public final class ClusterBarrier implements LogicalStorage {
  private final AtomicReference<Barrier> current = new AtomicReference<>();

  void open(Barrier barrier) {
    current.set(barrier);
  }

  void close() {
    current.set(null);
  }

  private Barrier barrier() {
    return Optional.ofNullable(current.get()).orElseThrow(BaoException::sealed);
  }

  @Override
  public Optional<byte[]> get(String key) {
    return barrier().get(key);
  }

  @Override
  public void put(String key, byte[] value) {
    barrier().put(key, value);
  }

  @Override
  public void delete(String key) {
    barrier().delete(key);
  }

  @Override
  public List<String> list(String prefix) {
    return barrier().list(prefix);
  }
}
