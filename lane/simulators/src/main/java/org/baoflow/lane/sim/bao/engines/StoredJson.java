package org.baoflow.lane.sim.bao.engines;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;

/** JSON objects in a {@link LogicalStorage}, and the removal of whole subtrees. */
final class StoredJson {

  private StoredJson() {}

  static Optional<ObjectNode> read(LogicalStorage storage, String key) {
    return storage
        .get(key)
        .map(
            bytes -> {
              try {
                return (ObjectNode) Json.MAPPER.readTree(bytes);
              } catch (IOException e) {
                throw new UncheckedIOException("corrupt storage entry " + key, e);
              }
            });
  }

  static void write(LogicalStorage storage, String key, ObjectNode value) {
    try {
      storage.put(key, Json.MAPPER.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes every key under {@code prefix} (empty or ending with {@code /}). */
  static void deleteTree(LogicalStorage storage, String prefix) {
    for (String name : storage.list(prefix)) {
      if (name.endsWith("/")) {
        deleteTree(storage, prefix + name);
      } else {
        storage.delete(prefix + name);
      }
    }
  }
}
