package org.baoflow.lane.sim.bao.selfinit;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests self-init has sent and the responses it got, by stanza and request name, for the
 * {@code request} and {@code response} sources. A failed request keeps its request, not its
 * response, as in OpenBao.
 */
final class History {

  private final Map<String, Map<String, Map<String, Object>>> requests = new HashMap<>();
  private final Map<String, Map<String, Map<String, Object>>> responses = new HashMap<>();

  void addRequest(String block, String name, Map<String, Object> request) {
    requests.computeIfAbsent(block, key -> new HashMap<>()).put(name, request);
  }

  void addResponse(String block, String name, Map<String, Object> response) {
    responses.computeIfAbsent(block, key -> new HashMap<>()).put(name, response);
  }

  /** A recorded request, whole or the field the selector names. */
  Object request(String block, String name, Object selector) throws SourceException {
    return select(find(requests, block, name), selector);
  }

  /** A recorded response, whole or the field the selector names. */
  Object response(String block, String name, Object selector) throws SourceException {
    return select(find(responses, block, name), selector);
  }

  private static Map<String, Object> find(
      Map<String, Map<String, Map<String, Object>>> recorded, String block, String name)
      throws SourceException {
    if (recorded.isEmpty()) {
      throw new SourceException("no values written");
    }
    Map<String, Map<String, Object>> inBlock = recorded.get(block);
    if (inBlock == null) {
      throw new SourceException("missing outer block '" + block + "'");
    }
    Map<String, Object> value = inBlock.get(name);
    if (value == null) {
      throw new SourceException(
          "in outer block '" + block + "': missing inner block '" + name + "'");
    }
    return value;
  }

  /**
   * A string selects a top-level field; a list walks down, strings through maps and numbers through
   * lists. Errors name keys, never values.
   */
  private static Object select(Map<String, Object> recorded, Object selector)
      throws SourceException {
    if (selector == null) {
      return recorded;
    }
    if (selector instanceof String key) {
      if (!recorded.containsKey(key)) {
        throw new SourceException("error resolving field: field \"" + key + "\" is missing");
      }
      return recorded.get(key);
    }
    if (!(selector instanceof List<?> steps) || steps.isEmpty()) {
      throw new SourceException(
          "unknown type for field_selector; expected either string or []string");
    }
    Object current = recorded;
    for (int depth = 0; depth < steps.size(); depth++) {
      Object step = steps.get(depth);
      if (step instanceof String key && current instanceof Map<?, ?> map) {
        if (!map.containsKey(key)) {
          throw new SourceException(
              "error resolving field: field \""
                  + key
                  + "\" at depth "
                  + depth
                  + " is missing; available keys: "
                  + map.keySet());
        }
        current = map.get(key);
      } else if (step instanceof Number index && current instanceof List<?> list) {
        int position = new BigDecimal(index.toString()).intValue();
        if (position < 0 || position >= list.size()) {
          throw new SourceException(
              "error resolving field: selector (" + position + ") out of bounds at depth " + depth);
        }
        current = list.get(position);
      } else {
        throw new SourceException(
            "error resolving field: the object at depth "
                + depth
                + " cannot take selector "
                + step);
      }
    }
    return current;
  }
}
