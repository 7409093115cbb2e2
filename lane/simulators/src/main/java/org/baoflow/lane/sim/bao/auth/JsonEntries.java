package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;

/**
 * JSON objects in a {@link LogicalStorage}, the way OpenBao's logical backends keep their entries.
 * Nothing is cached: every read goes to the storage, so a restore that replaces its contents
 * replaces what the next request sees.
 */
final class JsonEntries {

  private final LogicalStorage storage;

  JsonEntries(LogicalStorage storage) {
    this.storage = storage;
  }

  /** A view of the entries under {@code prefix}, which ends with {@code /}. */
  JsonEntries under(String prefix) {
    return new JsonEntries(storage.under(prefix));
  }

  /**
   * @throws IllegalStateException when the entry is not a JSON object (the storage was written by
   *     something else)
   */
  Optional<ObjectNode> get(String key) {
    Optional<byte[]> value = storage.get(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      JsonNode node = Json.MAPPER.readTree(value.get());
      if (node instanceof ObjectNode object) {
        return Optional.of(object);
      }
    } catch (IOException e) {
      throw new IllegalStateException("storage entry " + key + " is not JSON", e);
    }
    throw new IllegalStateException("storage entry " + key + " is not a JSON object");
  }

  void put(String key, ObjectNode value) {
    try {
      storage.put(key, Json.MAPPER.writeValueAsBytes(value));
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  void delete(String key) {
    storage.delete(key);
  }

  /** The entry names directly under {@code prefix}, sorted, without sub-folders. */
  List<String> names(String prefix) {
    return storage.list(prefix).stream().filter(name -> !name.endsWith("/")).toList();
  }

  /**
   * Deletes every entry under {@code prefix}, sub-folders included, as an unmount clears a view.
   */
  void deleteAll(String prefix) {
    for (String name : storage.list(prefix)) {
      if (name.endsWith("/")) {
        deleteAll(prefix + name);
      } else {
        storage.delete(prefix + name);
      }
    }
  }
}
