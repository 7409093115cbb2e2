package org.baoflow.lane.sim.pod;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A go-discover configuration string ({@code provider=k8s namespace=ns label_selector="a=b"}):
 * space-separated {@code key=value} pairs, a value in double quotes may hold spaces and escaped
 * quotes.
 *
 * @param settings the pairs by key
 */
record AutoJoinQuery(Map<String, String> settings) {

  static AutoJoinQuery parse(String text) {
    Map<String, String> settings = new LinkedHashMap<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= text.length()) {
        break;
      }
      int equals = text.indexOf('=', i);
      if (equals < 0) {
        throw new IllegalArgumentException("auto_join: " + text.substring(i) + " has no value");
      }
      String key = text.substring(i, equals).strip();
      StringBuilder value = new StringBuilder();
      i = equals + 1;
      if (i < text.length() && text.charAt(i) == '"') {
        i++;
        while (i < text.length() && text.charAt(i) != '"') {
          if (text.charAt(i) == '\\' && i + 1 < text.length()) {
            i++;
          }
          value.append(text.charAt(i++));
        }
        if (i >= text.length()) {
          throw new IllegalArgumentException("auto_join: unterminated quote in " + key);
        }
        i++;
      } else {
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
          value.append(text.charAt(i++));
        }
      }
      settings.put(key, value.toString());
    }
    return new AutoJoinQuery(Map.copyOf(settings));
  }

  Optional<String> get(String key) {
    return Optional.ofNullable(settings.get(key)).filter(v -> !v.isEmpty());
  }
}
