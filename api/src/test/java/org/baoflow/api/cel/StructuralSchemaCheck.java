package org.baoflow.api.cel;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema checks an API server makes before CEL (types, required, enums, patterns, bounds) plus
 * strict field validation ({@code kubectl apply} rejects unknown fields). Tests use it to make sure
 * a sample or catalogue case is refused only by the rule it is about. Patterns run on RE2, like
 * Kubernetes'.
 */
public final class StructuralSchemaCheck {
  private static final Set<String> ROOT_FIELDS = Set.of("apiVersion", "kind", "metadata");

  private StructuralSchemaCheck() {}

  /** Problems of {@code resource} against {@code root}; empty when it is schema-valid. */
  public static List<String> check(SchemaNode root, Map<String, Object> resource) {
    List<String> problems = new ArrayList<>();
    Map<String, Object> rest = new LinkedHashMap<>(resource);
    ROOT_FIELDS.forEach(rest::remove);
    check(root, rest, "", problems);
    return problems;
  }

  private static void check(SchemaNode node, Object value, String path, List<String> problems) {
    if (node == null || value == null) {
      return;
    }
    String type = node.intOrString() ? "" : String.valueOf(node.type());
    switch (type) {
      case "object" -> object(node, value, path, problems);
      case "array" -> array(node, value, path, problems);
      case "string" -> string(node, value, path, problems);
      case "integer", "number" -> number(node, value, type, path, problems);
      case "boolean" -> {
        if (!(value instanceof Boolean)) {
          problems.add(path + ": expected a boolean");
        }
      }
      default -> {
        // int-or-string and untyped nodes accept anything.
      }
    }
    if (node.enumValues() != null && !node.enumValues().contains(value)) {
      problems.add(path + ": " + value + " is not one of " + node.enumValues());
    }
  }

  private static void object(SchemaNode node, Object value, String path, List<String> problems) {
    if (!(value instanceof Map<?, ?> raw)) {
      problems.add(path + ": expected an object");
      return;
    }
    Map<String, Object> object = SchemaNode.asMap(raw);
    node.required().stream()
        .filter(name -> !object.containsKey(name))
        .forEach(name -> problems.add(path + "." + name + ": required"));
    Map<String, SchemaNode> properties = node.properties();
    object.forEach(
        (name, child) -> {
          if (properties.containsKey(name)) {
            check(properties.get(name), child, path + "." + name, problems);
          } else if (node.additionalProperties() != null) {
            check(node.additionalProperties(), child, path + "." + name, problems);
          } else if (!node.preservesUnknownFields()) {
            problems.add(path + "." + name + ": unknown field");
          }
        });
  }

  private static void array(SchemaNode node, Object value, String path, List<String> problems) {
    if (!(value instanceof List<?> list)) {
      problems.add(path + ": expected a list");
      return;
    }
    Number maxItems = node.number("maxItems");
    if (maxItems != null && list.size() > maxItems.longValue()) {
      problems.add(path + ": more than " + maxItems + " items");
    }
    for (int i = 0; i < list.size(); i++) {
      check(node.items(), list.get(i), path + "[" + i + "]", problems);
    }
  }

  private static void string(SchemaNode node, Object value, String path, List<String> problems) {
    if (!(value instanceof String text)) {
      problems.add(path + ": expected a string, found " + value);
      return;
    }
    Number maxLength = node.number("maxLength");
    if (maxLength != null && text.length() > maxLength.longValue()) {
      problems.add(path + ": longer than " + maxLength);
    }
    Number minLength = node.number("minLength");
    if (minLength != null && text.length() < minLength.longValue()) {
      problems.add(path + ": shorter than " + minLength);
    }
    if (node.pattern() != null && !Pattern.compile(node.pattern()).matcher(text).find()) {
      problems.add(path + ": does not match " + node.pattern());
    }
  }

  private static void number(
      SchemaNode node, Object value, String type, String path, List<String> problems) {
    boolean integral =
        value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger;
    if (!(value instanceof Number number) || (type.equals("integer") && !integral)) {
      problems.add(path + ": expected " + type + ", found " + value);
      return;
    }
    Number minimum = node.number("minimum");
    if (minimum != null && number.doubleValue() < minimum.doubleValue()) {
      problems.add(path + ": below " + minimum);
    }
    Number maximum = node.number("maximum");
    if (maximum != null && number.doubleValue() > maximum.doubleValue()) {
      problems.add(path + ": above " + maximum);
    }
  }
}
