package org.baoflow.lane.sim.kube;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the server-side-apply ownership kept in {@code metadata.managedFields}: per
 * field manager the set of {@link FieldPaths} it applied, as {@code operation: Apply} entries with
 * a {@code fieldsV1} tree.
 */
final class ManagedFields {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ManagedFields() {}

  /** The Apply managers of {@code object} and the paths each owns, in recorded order. */
  static Map<String, Set<List<String>>> read(JsonNode object) {
    Map<String, Set<List<String>>> owners = new LinkedHashMap<>();
    for (JsonNode entry : object.path("metadata").path("managedFields").values()) {
      if (entry.path("operation").asString("").equals("Apply")) {
        Set<List<String>> paths = new LinkedHashSet<>();
        decode(entry.path("fieldsV1"), List.of(), paths);
        owners.put(entry.path("manager").asString(), paths);
      }
    }
    return owners;
  }

  /** Replaces {@code object}'s managedFields with one Apply entry per manager. */
  static void write(ObjectNode object, Map<String, Set<List<String>>> owners) {
    var entries = NODES.arrayNode();
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    owners.forEach(
        (manager, paths) -> {
          ObjectNode entry = entries.addObject();
          entry.put("manager", manager);
          entry.put("operation", "Apply");
          entry.put("apiVersion", object.path("apiVersion").asString(""));
          entry.put("time", now);
          entry.put("fieldsType", "FieldsV1");
          entry.set("fieldsV1", encode(paths));
        });
    metadata(object).set("managedFields", entries);
  }

  /**
   * Keeps the stored managedFields when an update leaves them out, as the API server does: a client
   * that replaces an object does not give up what managers own.
   */
  static void carryOver(JsonNode current, ObjectNode updated) {
    JsonNode stored = current.path("metadata").path("managedFields");
    if (!stored.isMissingNode() && updated.path("metadata").path("managedFields").isMissingNode()) {
      metadata(updated).set("managedFields", stored.deepCopy());
    }
  }

  private static ObjectNode metadata(ObjectNode object) {
    JsonNode metadata = object.path("metadata");
    return metadata instanceof ObjectNode m ? m : object.putObject("metadata");
  }

  private static ObjectNode encode(Set<List<String>> paths) {
    ObjectNode root = NODES.objectNode();
    for (List<String> path : paths) {
      ObjectNode node = root;
      for (String step : path) {
        JsonNode child = node.path(step);
        node = child instanceof ObjectNode o ? o : node.putObject(step);
      }
      if (path.get(path.size() - 1).startsWith("k:")) {
        node.putObject(FieldPaths.ITEM_MARKER);
      }
    }
    return root;
  }

  private static void decode(JsonNode node, List<String> at, Set<List<String>> paths) {
    if (node.isEmpty() && !at.isEmpty()) {
      paths.add(at);
      return;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (e.getKey().equals(FieldPaths.ITEM_MARKER)) {
        paths.add(at);
      } else {
        List<String> child = new ArrayList<>(at);
        child.add(e.getKey());
        decode(e.getValue(), List.copyOf(child), paths);
      }
    }
  }
}
