package org.baoflow.lane.sim.kube;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Server-side apply on one object: merges what a field manager sent into the stored object, removes
 * the fields that manager set last time and no longer sends (unless another manager owns them), and
 * records the new ownership. Maps merge by key, lists of objects keyed by {@code name} merge by
 * name, other lists and scalars are replaced.
 */
final class ApplyMerge {
  private ApplyMerge() {}

  /**
   * The object after {@code manager} applies {@code applied} to {@code current} (null when absent).
   * Without {@code force}, a field another manager owns with a different value is a 409 conflict;
   * with it, ownership moves to {@code manager}.
   */
  static ObjectNode apply(
      ApiPath path, JsonNode current, ObjectNode applied, String manager, boolean force) {
    ObjectNode sent = applied.deepCopy();
    if (sent.path("metadata") instanceof ObjectNode metadata) {
      metadata.remove("managedFields");
    }
    ObjectNode result = current == null ? sent.objectNode() : (ObjectNode) current.deepCopy();
    Map<String, Set<List<String>>> owners =
        current == null ? new LinkedHashMap<>() : ManagedFields.read(current);
    Set<List<String>> sentPaths = FieldPaths.of(sent);

    List<String> conflicts = takeOwnership(result, sent, sentPaths, owners, manager, force);
    if (!conflicts.isEmpty()) {
      throw new ApiRejection(
          409,
          "Conflict",
          "Apply failed with " + conflicts.size() + " conflict(s): " + String.join("; ", conflicts),
          List.of());
    }
    for (List<String> stale : stalePaths(owners, manager, sentPaths)) {
      FieldPaths.remove(result, stale);
    }
    merge(result, sent);
    owners.put(manager, sentPaths);
    ManagedFields.write(result, owners);
    return result;
  }

  private static List<String> takeOwnership(
      JsonNode current,
      JsonNode sent,
      Set<List<String>> sentPaths,
      Map<String, Set<List<String>>> owners,
      String manager,
      boolean force) {
    List<String> conflicts = new ArrayList<>();
    for (Map.Entry<String, Set<List<String>>> other : owners.entrySet()) {
      if (other.getKey().equals(manager)) {
        continue;
      }
      Set<List<String>> contested = new LinkedHashSet<>();
      for (List<String> path : sentPaths) {
        // A list item itself is shared by every manager that sends it; only its fields conflict.
        boolean item = path.get(path.size() - 1).startsWith("k:");
        boolean differs =
            !item && !FieldPaths.valueAt(current, path).equals(FieldPaths.valueAt(sent, path));
        if (other.getValue().contains(path) && differs) {
          contested.add(path);
        }
      }
      if (force) {
        other.getValue().removeAll(contested);
      } else {
        contested.forEach(
            p -> conflicts.add("conflict with \"" + other.getKey() + "\": " + String.join(".", p)));
      }
    }
    return conflicts;
  }

  /** What {@code manager} owned, no longer sends, and no other manager holds (or holds inside). */
  private static List<List<String>> stalePaths(
      Map<String, Set<List<String>>> owners, String manager, Set<List<String>> sentPaths) {
    Set<List<String>> before = owners.getOrDefault(manager, Set.of());
    List<List<String>> stale =
        before.stream()
            .filter(p -> !sentPaths.contains(p))
            .filter(p -> !ownedByOther(owners, manager, p))
            .toList();
    // Removing a list item removes its fields with it; removing those first would lose its key.
    return stale.stream().filter(p -> stale.stream().noneMatch(q -> isProperPrefix(q, p))).toList();
  }

  private static boolean isProperPrefix(List<String> prefix, List<String> path) {
    return prefix.size() < path.size() && path.subList(0, prefix.size()).equals(prefix);
  }

  private static boolean ownedByOther(
      Map<String, Set<List<String>>> owners, String manager, List<String> path) {
    return owners.entrySet().stream()
        .filter(e -> !e.getKey().equals(manager))
        .flatMap(e -> e.getValue().stream())
        .anyMatch(p -> p.size() >= path.size() && p.subList(0, path.size()).equals(path));
  }

  private static void merge(ObjectNode target, JsonNode sent) {
    for (Map.Entry<String, JsonNode> e : sent.properties()) {
      JsonNode existing = target.path(e.getKey());
      JsonNode value = e.getValue();
      if (value.isObject() && existing instanceof ObjectNode existingMap) {
        merge(existingMap, value);
      } else if (FieldPaths.isKeyedList(value) && existing instanceof ArrayNode existingList) {
        mergeByName(existingList, value);
      } else {
        target.set(e.getKey(), value.deepCopy());
      }
    }
  }

  private static void mergeByName(ArrayNode target, JsonNode sentItems) {
    for (JsonNode item : sentItems.values()) {
      ObjectNode match = null;
      for (JsonNode existing : target.values()) {
        if (existing instanceof ObjectNode o
            && FieldPaths.itemStep(o).equals(FieldPaths.itemStep(item))) {
          match = o;
        }
      }
      if (match == null) {
        target.add(item.deepCopy());
      } else {
        merge(match, item);
      }
    }
  }
}
