package org.baoflow.activities.bao;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What the fake server received.
 *
 * @param method HTTP method
 * @param path raw path
 * @param query raw query or null
 * @param headers header names lower-cased
 * @param body the body bytes (empty when a streaming handler consumed it itself)
 */
record RecordedRequest(
    String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

  String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  boolean hasHeader(String name) {
    return headers.containsKey(name.toLowerCase(java.util.Locale.ROOT));
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
