package org.baoflow.lane.sim.bao.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baoflow.lane.sim.bao.BaoException;

/** Typed reads of JSON request fields, loose where OpenBao's decoding is loose. */
final class Bodies {
  private Bodies() {}

  /** A field looked up case-insensitively, as Go decodes into a struct without JSON tags. */
  static Optional<Object> anyCase(Map<String, Object> body, String name) {
    return body.entrySet().stream()
        .filter(entry -> entry.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .filter(value -> value != null)
        .findFirst();
  }

  static int integer(Map<String, Object> body, String name) {
    Object value = body.get(name);
    if (value == null) {
      return 0;
    }
    if (value instanceof Integer i) {
      return i;
    }
    throw BaoException.of(400, "invalid value for " + name);
  }

  static boolean bool(Optional<Object> value, String name) {
    if (value.isEmpty()) {
      return false;
    }
    if (value.get() instanceof Boolean b) {
      return b;
    }
    throw BaoException.of(400, "invalid value for " + name);
  }

  static String string(Optional<Object> value) {
    return value.map(String::valueOf).orElse("");
  }

  static List<String> strings(Map<String, Object> body, String name) {
    Object value = body.get(name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).toList();
    }
    throw BaoException.of(400, "invalid value for " + name);
  }
}
