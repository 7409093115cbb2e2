package org.baoflow.lane.sim.bao.selfinit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baoflow.lane.sim.bao.NodeHost;

/**
 * Evaluates the dynamic sources ({@code { eval_source = ..., eval_type = ... }}) anywhere in a
 * self-init value: {@code env} and {@code file} from the node's container, {@code request} and
 * {@code response} from the requests already run. The lane does not evaluate {@code cel} and {@code
 * template} sources (OpenBao 2.6+); a stanza using one fails with an error that says so.
 */
final class DynamicValues {

  private final NodeHost host;
  private final History history;

  DynamicValues(NodeHost host, History history) {
    this.host = host;
    this.history = history;
  }

  /** The value with every source in it replaced by what it evaluates to. */
  Object resolve(Object value) throws SourceException {
    if (value instanceof Map<?, ?> map) {
      if (map.containsKey("eval_source") || map.containsKey("eval_type")) {
        return evaluate(map);
      }
      Map<String, Object> resolved = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        try {
          resolved.put(key, resolve(entry.getValue()));
        } catch (SourceException e) {
          throw e.within("in map item [" + key + "]");
        }
      }
      return resolved;
    }
    if (value instanceof List<?> list) {
      List<Object> resolved = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        try {
          resolved.add(resolve(list.get(i)));
        } catch (SourceException e) {
          throw e.within("in list item [" + i + "]");
        }
      }
      return resolved;
    }
    return value;
  }

  private Object evaluate(Map<?, ?> source) throws SourceException {
    if (!(source.get("eval_source") instanceof String name)
        || !(source.get("eval_type") instanceof String type)) {
      throw new SourceException("malformed object; missing either 'eval_type' or 'eval_source'");
    }
    Object value =
        switch (name) {
          case "env" -> env(source);
          case "file" -> file(source);
          case "request" -> earlier(source, "request_name", false);
          case "response" -> earlier(source, "response_name", true);
          case "cel", "template" ->
              throw new SourceException(
                  "failed to validate source '"
                      + name
                      + "': the lane's OpenBao simulator does not evaluate "
                      + name
                      + " sources");
          default -> throw new SourceException("unknown value for 'eval_source': " + name);
        };
    try {
      return EvalType.convert(value, type);
    } catch (SourceException e) {
      throw e.within("failed to convert value to type '" + type + "'");
    }
  }

  private String env(Map<?, ?> source) throws SourceException {
    String variable = text(source, "env_var", "env");
    Object required = source.get("require_present");
    if (required != null && !(required instanceof Boolean)) {
      throw new SourceException(
          "failed to validate source 'env': field 'require_present' is of wrong type: expecting"
              + " 'bool'");
    }
    Optional<String> value = host.env(variable);
    if (value.isEmpty() && Boolean.TRUE.equals(required)) {
      throw new SourceException(
          "failed to validate source 'env': env source required variable "
              + variable
              + " to be present but was missing");
    }
    return value.orElse("");
  }

  private String file(Map<?, ?> source) throws SourceException {
    String path = text(source, "path", "file");
    try {
      return new String(host.readFile(path), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new SourceException(
          "failed to validate source 'file': failed to open file: open "
              + path
              + ": no such file or directory");
    } catch (IOException e) {
      throw new SourceException(
          "failed to evaluate source 'file': failed to read value from " + path);
    }
  }

  private Object earlier(Map<?, ?> source, String nameKey, boolean response)
      throws SourceException {
    String kind = response ? "response" : "request";
    String block = text(source, "initialize_name", kind);
    String name = text(source, nameKey, kind);
    Object selector = source.get("field_selector");
    try {
      return response
          ? history.response(block, name, selector)
          : history.request(block, name, selector);
    } catch (SourceException e) {
      throw e.within("failed to evaluate source '" + kind + "'");
    }
  }

  private static String text(Map<?, ?> source, String key, String kind) throws SourceException {
    Object value = source.get(key);
    if (!(value instanceof String text)) {
      throw new SourceException(
          "failed to validate source '"
              + kind
              + "': "
              + kind
              + " source is missing required string field '"
              + key
              + "'");
    }
    return text;
  }
}
