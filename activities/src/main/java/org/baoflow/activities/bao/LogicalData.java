package org.baoflow.activities.bao;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The data of a logical answer. Some {@code sys/} routes ({@code sys/auth}, {@code sys/mounts},
 * {@code sys/ha-status}, ...) copy the {@code data} keys to the top level as well (reference §1.2);
 * a client must read either shape, so when {@code data} is missing the top level less the envelope
 * fields is the data.
 */
final class LogicalData {

  private static final List<String> ENVELOPE_FIELDS =
      List.of(
          "request_id",
          "lease_id",
          "renewable",
          "lease_duration",
          "data",
          "wrap_info",
          "warnings",
          "auth",
          "mount_type");

  private LogicalData() {}

  /** {@code data} when it is an object, else the top-level keys; null for no JSON object. */
  static JsonNode of(JsonNode body) {
    if (body == null || !body.isObject()) {
      return null;
    }
    JsonNode data = body.get("data");
    if (data != null && data.isObject()) {
      return data;
    }
    ObjectNode top = ((ObjectNode) body).deepCopy();
    top.remove(ENVELOPE_FIELDS);
    return top;
  }
}
