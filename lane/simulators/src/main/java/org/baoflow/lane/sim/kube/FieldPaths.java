package org.baoflow.lane.sim.kube;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Field paths in the spirit of Kubernetes' {@code fieldsV1}: a path is a list of steps, {@code
 * f:<field>} into a map and {@code k:{"name":"<name>"}} into a list of objects keyed by {@code
 * name} (containers, env, volumes, ports, ...). Other lists are atomic: one leaf.
 */
final class FieldPaths {
  static final String ITEM_MARKER = ".";
  private static final String FIELD = "f:";
  private static final String KEY = "k:";
  private static final Set<String> UNOWNED_TOP_LEVEL = Set.of("apiVersion", "kind", "status");
  private static final Set<String> UNOWNED_METADATA =
      Set.of(
          "name",
          "namespace",
          "uid",
          "resourceVersion",
          "generation",
          "creationTimestamp",
          "managedFields",
          "deletionTimestamp");

  private FieldPaths() {}

  /**
   * The paths a manager sets by sending {@code object}: every leaf, plus each keyed list item
   * itself (so an item disappears once no manager owns it).
   */
  static Set<List<String>> of(JsonNode object) {
    Set<List<String>> paths = new LinkedHashSet<>();
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      if (UNOWNED_TOP_LEVEL.contains(e.getKey())) {
        continue;
      }
      if (e.getKey().equals("metadata") && e.getValue().isObject()) {
        for (Map.Entry<String, JsonNode> m : e.getValue().properties()) {
          if (!UNOWNED_METADATA.contains(m.getKey())) {
            collect(m.getValue(), List.of(FIELD + "metadata", FIELD + m.getKey()), paths);
          }
        }
      } else {
        collect(e.getValue(), List.of(FIELD + e.getKey()), paths);
      }
    }
    return paths;
  }

  private static void collect(JsonNode value, List<String> at, Set<List<String>> paths) {
    if (value.isObject() && !value.isEmpty()) {
      for (Map.Entry<String, JsonNode> e : value.properties()) {
        collect(e.getValue(), append(at, FIELD + e.getKey()), paths);
      }
    } else if (isKeyedList(value)) {
      for (JsonNode item : value.values()) {
        List<String> itemPath = append(at, itemStep(item));
        paths.add(itemPath);
        collect(item, itemPath, paths);
      }
    } else {
      paths.add(at);
    }
  }

  /** A non-empty list whose elements are all objects with a string {@code name}. */
  static boolean isKeyedList(JsonNode value) {
    if (!value.isArray() || value.isEmpty()) {
      return false;
    }
    for (JsonNode item : value.values()) {
      if (!item.isObject() || !item.path("name").isString()) {
        return false;
      }
    }
    return true;
  }

  static String itemStep(JsonNode item) {
    return KEY + "{\"name\":\"" + item.path("name").asString() + "\"}";
  }

  /** The node at {@code path} in {@code object}, or a missing node. */
  static JsonNode valueAt(JsonNode object, List<String> path) {
    JsonNode node = object;
    for (String step : path) {
      node = step(node, step);
    }
    return node;
  }

  /**
   * Removes the field or list item at {@code path}, then the maps and lists left empty by the
   * removal, as a removed field leaves no empty parent behind.
   */
  static void remove(ObjectNode object, List<String> path) {
    List<JsonNode> parents = new ArrayList<>();
    JsonNode node = object;
    for (String step : path.subList(0, path.size() - 1)) {
      parents.add(node);
      node = step(node, step);
      if (node.isMissingNode()) {
        return;
      }
    }
    removeChild(node, path.get(path.size() - 1));
    for (int i = parents.size() - 1; i >= 0 && node.isEmpty() && !(node == object); i--) {
      removeChild(parents.get(i), path.get(i));
      node = parents.get(i);
    }
  }

  private static JsonNode step(JsonNode node, String step) {
    if (step.startsWith(FIELD)) {
      return node.path(step.substring(FIELD.length()));
    }
    if (node.isArray()) {
      for (JsonNode item : node.values()) {
        if (item.isObject() && itemStep(item).equals(step)) {
          return item;
        }
      }
    }
    return MissingNode.getInstance();
  }

  private static void removeChild(JsonNode parent, String step) {
    if (step.startsWith(FIELD) && parent instanceof ObjectNode map) {
      map.remove(step.substring(FIELD.length()));
    } else if (parent instanceof ArrayNode list) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).isObject() && itemStep(list.get(i)).equals(step)) {
          list.remove(i);
          return;
        }
      }
    }
  }

  private static List<String> append(List<String> path, String step) {
    List<String> longer = new ArrayList<>(path);
    longer.add(step);
    return List.copyOf(longer);
  }
}
