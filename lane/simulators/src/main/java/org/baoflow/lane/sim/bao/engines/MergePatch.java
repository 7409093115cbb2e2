package org.baoflow.lane.sim.bao.engines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON merge patch (RFC 7386), which KV v2's {@code PATCH} applies to a secret's data. */
final class MergePatch {

  private MergePatch() {}

  /** A patched copy of {@code target}; {@code null} values in the patch remove keys. */
  static ObjectNode apply(ObjectNode target, ObjectNode patch) {
    ObjectNode result = target.deepCopy();
    patch
        .properties()
        .forEach(
            field -> {
              JsonNode value = field.getValue();
              JsonNode existing = result.get(field.getKey());
              if (value.isNull()) {
                result.remove(field.getKey());
              } else if (value.isObject() && existing != null && existing.isObject()) {
                result.set(field.getKey(), apply((ObjectNode) existing, (ObjectNode) value));
              } else {
                result.set(field.getKey(), value.deepCopy());
              }
            });
    return result;
  }
}
