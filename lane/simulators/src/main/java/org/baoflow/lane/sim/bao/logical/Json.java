package org.baoflow.lane.sim.bao.logical;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The package's Jackson mapper and the field readers OpenBao's loose request typing needs. */
public final class Json {

  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ArrayNode array(List<String> values) {
    ArrayNode array = MAPPER.createArrayNode();
    values.forEach(array::add);
    return array;
  }

  public static ObjectNode strings(Map<String, String> values) {
    ObjectNode object = object();
    values.forEach(object::put);
    return object;
  }

  /** A string field; numbers and booleans are read as their text, as OpenBao's decoder does. */
  public static String text(JsonNode data, String key) {
    JsonNode value = data.path(key);
    return value.isValueNode() && !value.isNull() ? value.asText() : "";
  }

  public static boolean bool(JsonNode data, String key, boolean fallback) {
    JsonNode value = data.path(key);
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    return value.isTextual() ? Boolean.parseBoolean(value.asText()) : fallback;
  }

  /** A {@code []string} field, given as a JSON list or a comma-separated string. */
  public static List<String> list(JsonNode data, String key) {
    JsonNode value = data.path(key);
    List<String> values = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(item -> values.add(item.asText()));
    } else if (value.isTextual() && !value.asText().isBlank()) {
      Arrays.stream(value.asText().split(",")).map(String::trim).forEach(values::add);
    }
    return values.stream().filter(item -> !item.isEmpty()).toList();
  }
}
