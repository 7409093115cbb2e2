package org.baoflow.lane.sim.bao.engines;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;

/**
 * The secrets engines of a cluster, kept at {@code core/mounts} like OpenBao's mount table. A
 * storage without one gets the built-in mounts every OpenBao has: {@code cubbyhole/}, {@code
 * identity/} and {@code sys/} ({@code secret/} exists only in dev mode).
 */
final class MountTable {

  static final String KEY = "core/mounts";

  private final LogicalStorage storage;
  private final Map<String, MountEntry> entries;

  private MountTable(LogicalStorage storage, Map<String, MountEntry> entries) {
    this.storage = storage;
    this.entries = entries;
  }

  static MountTable load(LogicalStorage storage) {
    Optional<ObjectNode> stored = StoredJson.read(storage, KEY);
    Map<String, MountEntry> entries = new TreeMap<>();
    if (stored.isPresent()) {
      stored
          .get()
          .properties()
          .forEach(field -> entries.put(field.getKey(), MountEntry.fromStored(field.getValue())));
      return new MountTable(storage, entries);
    }
    MountTable table = new MountTable(storage, entries);
    table.put(
        newEntry("cubbyhole/", "cubbyhole", "per-token private secret storage", true, Map.of()));
    table.put(newEntry("identity/", "identity", "identity store", false, Map.of()));
    table.put(
        newEntry(
                "sys/",
                "system",
                "system endpoints used for control, policy and debugging",
                false,
                Map.of())
            .withPassthrough(List.of("Accept")));
    return table;
  }

  /** A new mount with fresh identifiers and default lease settings. */
  static MountEntry newEntry(
      String path, String type, String description, boolean local, Map<String, String> options) {
    String accessor =
        type
            + "_"
            + HexFormat.of()
                .toHexDigits(UUID.randomUUID().getLeastSignificantBits())
                .substring(0, 8);
    return new MountEntry(
        path,
        type,
        description,
        accessor,
        UUID.randomUUID().toString(),
        local,
        options,
        0,
        0,
        false,
        List.of());
  }

  Collection<MountEntry> entries() {
    return List.copyOf(entries.values());
  }

  Optional<MountEntry> get(String path) {
    return Optional.ofNullable(entries.get(path));
  }

  /** The mount serving a request path: the one whose path is its longest prefix. */
  Optional<MountEntry> route(String requestPath) {
    String withSlash = requestPath.endsWith("/") ? requestPath : requestPath + "/";
    return entries.values().stream()
        .filter(entry -> withSlash.startsWith(entry.path()))
        .max((a, b) -> Integer.compare(a.path().length(), b.path().length()));
  }

  /** An existing mount that contains {@code path} or lies under it. */
  Optional<String> conflict(String path) {
    return entries.keySet().stream()
        .filter(existing -> path.startsWith(existing) || existing.startsWith(path))
        .findFirst();
  }

  /** Adds or replaces an entry and saves the table. */
  void put(MountEntry entry) {
    entries.put(entry.path(), entry);
    save();
  }

  /** Removes an entry and saves the table. */
  void remove(String path) {
    entries.remove(path);
    save();
  }

  private void save() {
    ObjectNode stored = Json.object();
    entries.forEach((path, entry) -> stored.set(path, entry.toStored()));
    StoredJson.write(storage, KEY, stored);
  }
}
