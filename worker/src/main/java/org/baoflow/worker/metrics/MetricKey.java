package org.baoflow.worker.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A metric name with labels, stored in a Dropwizard {@code MetricRegistry} (whose names are plain
 * strings) as {@code name{key="value",...}}, the Prometheus exposition form. Labels are sorted, so
 * the same name and labels always give the same registry entry; names and label keys are reduced to
 * the characters Prometheus allows.
 *
 * @param name the metric family name
 * @param labels label keys and values
 */
public record MetricKey(String name, SortedMap<String, String> labels) {
  public MetricKey {
    name = sanitize(Objects.requireNonNull(name, "name"));
    SortedMap<String, String> clean = new TreeMap<>();
    labels.forEach((key, value) -> clean.put(sanitize(key), Objects.requireNonNull(value, key)));
    labels = Collections.unmodifiableSortedMap(clean);
  }

  /** A key for {@code name} with {@code labels}. */
  public static MetricKey of(String name, Map<String, String> labels) {
    return new MetricKey(name, new TreeMap<>(labels));
  }

  /** The registry name: {@code name} alone, or {@code name{k="v",...}}. */
  public String encode() {
    return name + labelBlock(labels);
  }

  /** This key with one more label (such as {@code quantile}). */
  public MetricKey with(String key, String value) {
    SortedMap<String, String> more = new TreeMap<>(labels);
    more.put(key, value);
    return new MetricKey(name, more);
  }

  /** This key's labels under another name (such as {@code name_count}). */
  public MetricKey renamed(String newName) {
    return new MetricKey(newName, labels);
  }

  /**
   * Reads a registry name written by {@link #encode()}; any other name becomes a key without
   * labels.
   */
  public static MetricKey parse(String registryName) {
    int open = registryName.indexOf('{');
    if (open < 0 || !registryName.endsWith("}")) {
      return new MetricKey(registryName, new TreeMap<>());
    }
    SortedMap<String, String> labels = new TreeMap<>();
    String body = registryName.substring(open + 1, registryName.length() - 1);
    int i = 0;
    while (i < body.length()) {
      int equals = body.indexOf("=\"", i);
      if (equals < 0) {
        return new MetricKey(registryName, new TreeMap<>());
      }
      String key = body.substring(i, equals);
      StringBuilder value = new StringBuilder();
      int j = equals + 2;
      while (j < body.length() && body.charAt(j) != '"') {
        char c = body.charAt(j);
        if (c == '\\' && j + 1 < body.length()) {
          char next = body.charAt(++j);
          value.append(next == 'n' ? '\n' : next);
        } else {
          value.append(c);
        }
        j++;
      }
      labels.put(key, value.toString());
      i = j + 2; // past the closing quote and the comma
    }
    return new MetricKey(registryName.substring(0, open), labels);
  }

  static String labelBlock(SortedMap<String, String> labels) {
    if (labels.isEmpty()) {
      return "";
    }
    StringBuilder block = new StringBuilder("{");
    labels.forEach(
        (key, value) -> {
          if (block.length() > 1) {
            block.append(',');
          }
          block.append(key).append("=\"").append(escape(value)).append('"');
        });
    return block.append('}').toString();
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  /** Prometheus names: letters, digits and '_', not starting with a digit. */
  static String sanitize(String name) {
    String clean = name.replaceAll("[^a-zA-Z0-9_:]", "_");
    return clean.isEmpty() || Character.isDigit(clean.charAt(0)) ? "_" + clean : clean;
  }
}
