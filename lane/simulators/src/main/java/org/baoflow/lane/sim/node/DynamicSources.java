package org.baoflow.lane.sim.node;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baoflow.lane.sim.hcl.HclAttribute;
import org.baoflow.lane.sim.hcl.HclBlock;
import org.baoflow.lane.sim.hcl.HclBody;
import org.baoflow.lane.sim.hcl.HclItem;

/**
 * Checks the dynamic-source objects ({@code { eval_source = ..., ... }}) anywhere in a self-init
 * value: a known source, a known type and exactly the keys that source takes. OpenBao 2.6 refuses
 * to start on anything else; evaluating them is left to self-init.
 */
final class DynamicSources {
  private DynamicSources() {}

  private static final Set<String> TYPES =
      Set.of("string", "int", "float64", "bool", "[]string", "map", "any");

  /** Per source: the keys it requires, then the keys it also takes. */
  private static final Map<String, List<Set<String>>> SOURCES =
      Map.of(
          "env", List.of(Set.of("env_var"), Set.of("require_present")),
          "file", List.of(Set.of("path"), Set.of()),
          "request", List.of(Set.of("initialize_name", "request_name"), Set.of("field_selector")),
          "response", List.of(Set.of("initialize_name", "response_name"), Set.of("field_selector")),
          "cel", List.of(Set.of("expression"), Set.of("variables")),
          "template", List.of(Set.of("template"), Set.of("data")));

  static void check(Object value, String context) {
    if (value instanceof List<?> list) {
      list.forEach(item -> check(item, context));
    }
    if (value instanceof HclBody body) {
      for (HclBlock block : body.blocks()) {
        throw ConfigBody.error(
            block.position(), "block " + block.type() + " in " + context + " must be a value");
      }
      if (body.has("eval_source")) {
        checkSource(body, context);
      }
      for (HclItem item : body.items()) {
        check(((HclAttribute) item).value(), context);
      }
    }
  }

  /** A {@code when}: a boolean, or a dynamic source that evaluates to one. */
  static void checkCondition(HclAttribute when, String context) {
    boolean source = when.value() instanceof HclBody body && body.has("eval_source");
    if (!(when.value() instanceof Boolean) && !source) {
      throw ConfigBody.error(
          when.position(), "when in " + context + " must be a boolean or a dynamic source");
    }
    check(when.value(), context);
  }

  private static void checkSource(HclBody body, String context) {
    HclAttribute source = body.attribute("eval_source").orElseThrow();
    if (!(source.value() instanceof String name) || !SOURCES.containsKey(name)) {
      throw ConfigBody.error(
          source.position(),
          "unknown eval_source " + source.value() + " in " + context + "; known: " + known());
    }
    body.attribute("eval_type")
        .filter(type -> !TYPES.contains(String.valueOf(type.value())))
        .ifPresent(
            type -> {
              throw ConfigBody.error(
                  type.position(), "unknown eval_type " + type.value() + " in " + context);
            });
    Set<String> required = SOURCES.get(name).get(0);
    Set<String> optional = SOURCES.get(name).get(1);
    for (HclItem item : body.items()) {
      String key = ((HclAttribute) item).key();
      if (!key.equals("eval_source")
          && !key.equals("eval_type")
          && !required.contains(key)
          && !optional.contains(key)) {
        throw ConfigBody.error(
            item.position(), "unknown key " + key + " in the " + name + " source in " + context);
      }
    }
    for (String key : required) {
      if (!body.has(key)) {
        throw ConfigBody.error(
            source.position(), "the " + name + " source in " + context + " needs " + key);
      }
    }
  }

  private static String known() {
    return SOURCES.keySet().stream().sorted().toList().toString();
  }
}
