package org.baoflow.lane.sim.bao.engines;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;

/** A logical storage in a sorted map, with the listing rules of the interface. */
public final class MemoryStorage implements LogicalStorage {

  final TreeMap<String, byte[]> entries = new TreeMap<>();

  @Override
  public Optional<byte[]> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  @Override
  public void put(String key, byte[] value) {
    entries.put(key, value.clone());
  }

  @Override
  public void delete(String key) {
    entries.remove(key);
  }

  @Override
  public List<String> list(String prefix) {
    List<String> names = new ArrayList<>();
    for (String key : entries.tailMap(prefix, true).keySet()) {
      if (!key.startsWith(prefix)) {
        break;
      }
      String rest = key.substring(prefix.length());
      int slash = rest.indexOf('/');
      String name = slash < 0 ? rest : rest.substring(0, slash + 1);
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names.stream().sorted().toList();
  }

  List<String> keysUnder(String prefix) {
    return entries.keySet().stream().filter(key -> key.startsWith(prefix)).toList();
  }
}
