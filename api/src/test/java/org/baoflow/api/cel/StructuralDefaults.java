package org.baoflow.api.cel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API server's structural defaulting: an absent (or null, non-nullable) property that has a
 * {@code default} gets a copy of it, then defaulting recurses into every present property, map
 * value and list element, including the values it just set.
 */
final class StructuralDefaults {
  private StructuralDefaults() {}

  /** Defaults {@code value} in place against {@code schema}. */
  static void apply(SchemaNode schema, Object value) {
    if (schema == null) {
      return;
    }
    if (value instanceof Map<?, ?> raw) {
      Map<String, Object> object = SchemaNode.asMap(raw);
      schema
          .properties()
          .forEach(
              (name, child) -> {
                if (child.hasDefault() && (!object.containsKey(name) || object.get(name) == null)) {
                  object.put(name, deepCopy(child.defaultValue()));
                }
              });
      Map<String, SchemaNode> properties = schema.properties();
      object.forEach(
          (name, child) ->
              apply(
                  properties.containsKey(name)
                      ? properties.get(name)
                      : schema.additionalProperties(),
                  child));
    } else if (value instanceof List<?> list) {
      list.forEach(element -> apply(schema.items(), element));
    }
  }

  static Object deepCopy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(v -> copy.add(deepCopy(v)));
      return copy;
    }
    return value;
  }
}
