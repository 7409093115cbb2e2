package org.baoflow.activities.bao;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds API paths from caller-supplied names without letting a name change the route. */
final class BaoPaths {

  private BaoPaths() {}

  /** One percent-encoded path segment; empty, {@code .} and {@code ..} names are refused. */
  static String segment(String name) {
    if (name == null || name.isEmpty() || name.equals(".") || name.equals("..")) {
      throw new IllegalArgumentException("invalid path segment: '" + name + "'");
    }
    return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * A slash-separated path (a mount or KV key) encoded segment by segment, outer slashes dropped.
   */
  static String segments(String path) {
    String trimmed = path == null ? "" : path.replaceAll("^/+|/+$", "");
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("a path must name something");
    }
    StringBuilder encoded = new StringBuilder();
    for (String part : trimmed.split("/", -1)) {
      if (encoded.length() > 0) {
        encoded.append('/');
      }
      encoded.append(segment(part));
    }
    return encoded.toString();
  }
}
