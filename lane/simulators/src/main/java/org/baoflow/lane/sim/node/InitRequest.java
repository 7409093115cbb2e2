package org.baoflow.lane.sim.node;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.baoflow.lane.sim.hcl.HclBlock;
import org.baoflow.lane.sim.hcl.HclBody;

/**
 * One {@code request "<name>"} of an {@code initialize} stanza: an API call self-init makes.
 *
 * @param data the request's data as plain values (String, BigDecimal, Boolean, List, Map); a
 *     dynamic source stays a map holding its {@code eval_source}, for self-init to evaluate
 * @param token the token to use instead of the transient root token: a string or a dynamic source
 * @param headers extra headers (2.6+), name to list of values or a dynamic source
 * @param when whether to run the request (2.6+): a boolean or a dynamic source
 */
public record InitRequest(
    String name,
    String operation,
    String path,
    Map<String, Object> data,
    Optional<Object> token,
    Map<String, Object> headers,
    boolean allowFailure,
    Optional<Object> when) {

  /** Copies the maps in file order. */
  public InitRequest {
    data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** The names of initialize stanzas and their requests. */
  static final Pattern NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_-]*$");

  private static final Set<String> OPERATIONS =
      Set.of("create", "read", "update", "patch", "delete", "list", "scan");

  private static final Set<String> KEYS =
      Set.of("operation", "path", "data", "token", "headers", "allow_failure", "when");

  static InitRequest parse(HclBlock block, String initialize) {
    ConfigBody body = ConfigBody.of(block);
    if (block.labels().size() != 1) {
      throw body.error("request in initialize \"" + initialize + "\" takes one label, its name");
    }
    String name = block.labels().get(0);
    String context = "request \"" + name + "\" of initialize \"" + initialize + "\"";
    if (!NAME.matcher(name).matches()) {
      throw body.error("invalid name for " + context + ": must match " + NAME.pattern());
    }
    body.allowOnly(KEYS, Set.of("data", "headers"));
    String operation = body.requiredString("operation");
    if (!OPERATIONS.contains(operation)) {
      throw body.error("unknown operation " + operation + " in " + context);
    }
    return new InitRequest(
        name,
        operation,
        body.requiredString("path"),
        object(body, "data", context),
        token(body, context),
        object(body, "headers", context),
        body.bool("allow_failure").orElse(false),
        condition(body, context));
  }

  private static Map<String, Object> object(ConfigBody body, String key, String context) {
    return body.nested(key)
        .map(
            nested -> {
              DynamicSources.check(nested.body(), context);
              return nested.body().toMap();
            })
        .orElse(Map.of());
  }

  private static Optional<Object> condition(ConfigBody body, String context) {
    return body.body()
        .attribute("when")
        .map(
            attribute -> {
              DynamicSources.checkCondition(attribute, context);
              return body.body().toMap().get("when");
            });
  }

  private static Optional<Object> token(ConfigBody body, String context) {
    return body.body()
        .attribute("token")
        .map(
            attribute -> {
              boolean source =
                  attribute.value() instanceof HclBody object && object.has("eval_source");
              if (!(attribute.value() instanceof String) && !source) {
                throw ConfigBody.error(
                    attribute.position(),
                    "token in " + context + " must be a string or a dynamic source");
              }
              DynamicSources.check(attribute.value(), context);
              return body.body().toMap().get("token");
            });
  }
}
