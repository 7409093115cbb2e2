package org.baoflow.lane.sim.bao.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Compares an answer with a documented example: every field of the example must be in the answer
 * with the same JSON type (arrays element by element against the example's first element), the
 * fields at {@code exact} must have the example's value, the fields at {@code absent} must not be
 * there. Extra fields in the answer are allowed.
 */
final class ShapeCheck {

  /** Numbers compare by value, so {@code 0} and {@code 0L} are the same. */
  private static final Comparator<JsonNode> VALUES =
      (a, b) ->
          a.isNumber() && b.isNumber()
              ? a.decimalValue().compareTo(b.decimalValue())
              : a.equals(b) ? 0 : 1;

  private ShapeCheck() {}

  /** What differs; empty when the answer honours the example. */
  static List<String> mismatches(
      JsonNode example, JsonNode actual, List<String> exact, List<String> absent) {
    List<String> problems = new ArrayList<>();
    shape("", example, actual, problems);
    for (String pointer : exact) {
      JsonNode expected = example.at(pointer);
      JsonNode found = actual.at(pointer);
      if (expected.isMissingNode()) {
        problems.add(pointer + " is marked exact but is not in the example");
      } else if (!expected.equals(VALUES, found)) {
        problems.add(pointer + " is " + found + ", the reference says " + expected);
      }
    }
    for (String pointer : absent) {
      if (!actual.at(pointer).isMissingNode()) {
        problems.add(pointer + " must be left out but is " + actual.at(pointer));
      }
    }
    return problems;
  }

  private static void shape(String pointer, JsonNode example, JsonNode actual, List<String> out) {
    String where = pointer.isEmpty() ? "the body" : pointer;
    if (actual == null || actual.isMissingNode()) {
      out.add(where + " is missing");
      return;
    }
    if (!sameType(example, actual)) {
      out.add(where + " is " + describe(actual) + ", the reference has " + describe(example));
      return;
    }
    if (example.isObject()) {
      for (Map.Entry<String, JsonNode> field : example.properties()) {
        shape(
            pointer + "/" + escape(field.getKey()),
            field.getValue(),
            actual.get(field.getKey()),
            out);
      }
    } else if (example.isArray() && !example.isEmpty()) {
      for (int i = 0; i < actual.size(); i++) {
        shape(pointer + "/" + i, example.get(0), actual.get(i), out);
      }
    }
  }

  private static boolean sameType(JsonNode example, JsonNode actual) {
    if (example.isNumber() || actual.isNumber()) {
      return example.isNumber()
          && actual.isNumber()
          && example.isIntegralNumber() == actual.isIntegralNumber();
    }
    return example.getNodeType() == actual.getNodeType();
  }

  private static String describe(JsonNode node) {
    return node.isNumber() && node.isIntegralNumber()
        ? "an integer"
        : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** RFC 6901: {@code ~} and {@code /} inside a key. */
  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
