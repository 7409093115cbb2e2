package org.baoflow.activities.kube.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A value of an HCL attribute: a literal token, a list or an object. */
sealed interface HclValue {

  /** A literal as it appears in the file: a quoted string, a number or a boolean. */
  record Literal(String token) implements HclValue {}

  /** A list, printed on one line when it holds only literals. */
  record ListValue(List<HclValue> items) implements HclValue {
    public ListValue {
      items = List.copyOf(items);
    }
  }

  /** An object, printed over several lines like a block body. */
  record ObjectValue(HclBody body) implements HclValue {}

  /** A string, escaped with {@link Hcl#quote}. */
  static HclValue string(String value) {
    return new Literal(Hcl.quote(value));
  }

  /**
   * A string the renderer assembled from pod-identity placeholders and escaped parts; the caller
   * guarantees that every user-supplied part went through {@link Hcl#escape}.
   */
  static HclValue template(String escapedBody) {
    return new Literal('"' + escapedBody + '"');
  }

  static HclValue bool(boolean value) {
    return new Literal(Boolean.toString(value));
  }

  static HclValue number(long value) {
    return new Literal(Long.toString(value));
  }

  static HclValue strings(List<String> values) {
    return new ListValue(values.stream().map(HclValue::string).toList());
  }

  /** An object from string entries, sorted by key so any map type renders the same text. */
  static HclValue stringMap(Map<String, String> values) {
    HclBody body = new HclBody();
    new TreeMap<>(values).forEach((key, value) -> body.attribute(key, string(value)));
    return new ObjectValue(body);
  }

  /**
   * A JSON-like value as written in a custom resource: maps (keys sorted, so any map type renders
   * the same text), lists, strings, numbers and booleans. HCL has no null, and a missing field
   * means the same in a request body, so null entries are left out.
   */
  static HclValue fromJson(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((key, item) -> sorted.put(String.valueOf(key), item));
      HclBody body = new HclBody();
      sorted.forEach(
          (key, item) -> {
            if (item != null) {
              body.attribute(key, fromJson(item));
            }
          });
      return new ObjectValue(body);
    }
    if (value instanceof List<?> list) {
      return new ListValue(list.stream().filter(Objects::nonNull).map(HclValue::fromJson).toList());
    }
    if (value instanceof String text) {
      return string(text);
    }
    if (value instanceof Boolean flag) {
      return bool(flag);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return new Literal(value.toString());
    }
    if (value instanceof Number number) {
      return new Literal(decimal(number));
    }
    throw new IllegalArgumentException("not a JSON value: " + value.getClass().getSimpleName());
  }

  private static String decimal(Number number) {
    if (number instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    double value = number.doubleValue();
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("HCL has no literal for " + value);
    }
    return BigDecimal.valueOf(value).toPlainString();
  }
}
