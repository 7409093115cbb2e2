package org.baoflow.api.cel;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values as CEL-Java expects them for the schema's types: integers as {@code long}, numbers as
 * {@code double}, struct objects with escaped property names (unknown ones dropped), map objects
 * with their keys as written.
 */
final class CelValues {
  private CelValues() {}

  static Object of(SchemaNode schema, Object value) {
    if (schema == null || value == null) {
      return value;
    }
    String type = schema.intOrString() ? "" : String.valueOf(schema.type());
    return switch (type) {
      case "integer" -> ((Number) value).longValue();
      case "number" -> ((Number) value).doubleValue();
      case "array" -> list(schema.items(), (List<?>) value);
      case "object" -> object(schema, SchemaNode.asMap(value));
      default -> scalar(value);
    };
  }

  private static Object scalar(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof BigInteger) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float || value instanceof BigDecimal) {
      return ((Number) value).doubleValue();
    }
    return value;
  }

  private static List<Object> list(SchemaNode items, List<?> values) {
    List<Object> converted = new ArrayList<>();
    values.forEach(v -> converted.add(of(items, v)));
    return converted;
  }

  private static Map<String, Object> object(SchemaNode schema, Map<String, Object> value) {
    Map<String, Object> converted = new LinkedHashMap<>();
    if (schema.additionalProperties() != null) {
      value.forEach((k, v) -> converted.put(k, of(schema.additionalProperties(), v)));
      return converted;
    }
    Map<String, SchemaNode> properties = schema.properties();
    value.forEach(
        (name, v) -> {
          String celName = CelNames.escape(name);
          if (properties.containsKey(name) && celName != null) {
            converted.put(celName, of(properties.get(name), v));
          }
        });
    return converted;
  }
}
