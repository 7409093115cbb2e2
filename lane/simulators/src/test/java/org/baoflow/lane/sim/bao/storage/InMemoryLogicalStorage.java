package org.baoflow.lane.sim.bao.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** A node's logical storage in a sorted map, with a whole-contents copy standing in for restore. */
public final class InMemoryLogicalStorage implements LogicalStorage {

  private final SortedMap<String, byte[]> entries = new TreeMap<>();

  @Override
  public synchronized Optional<byte[]> get(String key) {
    return Optional.ofNullable(entries.get(key)).map(byte[]::clone);
  }

  @Override
  public synchronized void put(String key, byte[] value) {
    entries.put(key, value.clone());
  }

  @Override
  public synchronized void delete(String key) {
    entries.remove(key);
  }

  @Override
  public synchronized List<String> list(String prefix) {
    TreeSet<String> names = new TreeSet<>();
    for (String key : entries.tailMap(prefix).keySet()) {
      if (!key.startsWith(prefix)) {
        break;
      }
      String rest = key.substring(prefix.length());
      int slash = rest.indexOf('/');
      names.add(slash < 0 ? rest : rest.substring(0, slash + 1));
    }
    return List.copyOf(names);
  }

  /** Every key, sorted. */
  public synchronized List<String> keys() {
    return List.copyOf(entries.keySet());
  }

  /** Every entry, as a snapshot would carry them. */
  public synchronized Map<String, byte[]> entries() {
    Map<String, byte[]> copy = new TreeMap<>();
    entries.forEach((key, value) -> copy.put(key, value.clone()));
    return copy;
  }

  /** Replaces everything with the given entries, as a raft snapshot restore does. */
  public synchronized void replaceWith(Map<String, byte[]> restored) {
    entries.clear();
    restored.forEach((key, value) -> entries.put(key, value.clone()));
  }

  /** The keys under {@code prefix}, sorted. */
  public synchronized List<String> keysUnder(String prefix) {
    return entries.keySet().stream().filter(key -> key.startsWith(prefix)).toList();
  }
}
