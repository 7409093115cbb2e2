package org.baoflow.lane.sim.bao.selfinit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.baoflow.lane.sim.bao.NodeHost;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.node.InitRequest;
import org.baoflow.lane.sim.node.InitializeBlock;

/**
 * Runs a config's {@code initialize} stanzas the way OpenBao's self-initialization does: stanzas in
 * order, requests in order, each through the node's internal request path with the transient root
 * token unless the request names its own. A stanza or request whose {@code when} is false is
 * skipped. A refused request aborts everything unless it has {@code allow_failure}.
 *
 * <p>Not simulated: request {@code headers} (the logical request carries none), the {@code scan}
 * operation, and the {@code cel} and {@code template} sources; each of the last two fails the
 * stanza with an error saying so.
 */
public final class SelfInit {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  /**
   * @param handler the node's internal request path: ACL checks included, no HTTP
   * @param rootToken the token of requests that name none; never shown in a message
   * @throws SelfInitException when a request without {@code allow_failure} is refused or a source
   *     cannot be evaluated
   */
  public void run(
      List<InitializeBlock> blocks,
      NodeHost host,
      Function<BaoRequest, BaoResponse> handler,
      String rootToken) {
    History history = new History();
    DynamicValues values = new DynamicValues(host, history);
    for (int b = 0; b < blocks.size(); b++) {
      InitializeBlock block = blocks.get(b);
      if (!condition(block.when(), values, "initialize " + block.name())) {
        continue;
      }
      for (int r = 0; r < block.requests().size(); r++) {
        InitRequest request = block.requests().get(r);
        String where = "request " + block.name() + "." + request.name();
        if (!condition(request.when(), values, where)) {
          continue;
        }
        BaoRequest built = build(request, values, rootToken, where);
        BaoResponse response = handler.apply(built);
        boolean failed = response.status() >= 400;
        if (failed && !request.allowFailure()) {
          throw new SelfInitException(
              "failed to initialize: " + where + ": " + serverErrors(response));
        }
        String id =
            "initialize[" + b + "]." + block.name() + ".request[" + r + "]." + request.name();
        history.addRequest(block.name(), request.name(), record(id, request, built));
        if (!failed) {
          history.addResponse(block.name(), request.name(), record(response));
        }
      }
    }
  }

  private static boolean condition(Optional<Object> when, DynamicValues values, String where) {
    if (when.isEmpty()) {
      return true;
    }
    try {
      return (Boolean) EvalType.convert(values.resolve(when.get()), "bool");
    } catch (SourceException e) {
      throw new SelfInitException(
          "failed to initialize: " + where + ": failed to evaluate when: " + e.getMessage());
    }
  }

  private static BaoRequest build(
      InitRequest request, DynamicValues values, String rootToken, String where) {
    Capability operation = operation(request, where);
    String token;
    Object data;
    try {
      token =
          request.token().isEmpty()
              ? rootToken
              : (String) EvalType.convert(values.resolve(request.token().get()), "string");
    } catch (SourceException e) {
      throw new SelfInitException(
          "failed to initialize: " + where + ": failed to evaluate token: " + e.getMessage());
    }
    try {
      data = values.resolve(request.data());
    } catch (SourceException e) {
      throw new SelfInitException(
          "failed to initialize: " + where + ": failed to evaluate data: " + e.getMessage());
    }
    ObjectNode body = Json.MAPPER.valueToTree(data);
    return new BaoRequest(operation, request.path(), token, body);
  }

  private static Capability operation(InitRequest request, String where) {
    return switch (request.operation()) {
      case "create" -> Capability.CREATE;
      case "read" -> Capability.READ;
      case "update" -> Capability.UPDATE;
      case "patch" -> Capability.PATCH;
      case "delete" -> Capability.DELETE;
      case "list" -> Capability.LIST;
      default ->
          throw new SelfInitException(
              "failed to initialize: "
                  + where
                  + ": the lane's OpenBao simulator does not support operation "
                  + request.operation());
    };
  }

  /** The server's error messages, which name what failed but carry no request data. */
  private static String serverErrors(BaoResponse response) {
    JsonNode errors = response.body() == null ? null : response.body().path("errors");
    if (errors == null || !errors.isArray() || errors.isEmpty()) {
      return "the server answered " + response.status() + " with no error message";
    }
    List<String> messages = new ArrayList<>();
    errors.forEach(message -> messages.add(message.asText()));
    return String.join("; ", messages);
  }

  /** The request as a later {@code request} source sees it, with OpenBao's JSON field names. */
  private static Map<String, Object> record(String id, InitRequest request, BaoRequest built) {
    Map<String, Object> recorded = new LinkedHashMap<>();
    recorded.put("id", id);
    recorded.put("operation", request.operation());
    recorded.put("path", built.path());
    // OpenBao's logical.Request serializes its data under "map".
    recorded.put("map", Json.MAPPER.convertValue(built.data(), MAP));
    recorded.put("client_token", built.token());
    return recorded;
  }

  /** The response as a later {@code response} source sees it: its body, empty for a 204. */
  private static Map<String, Object> record(BaoResponse response) {
    return response.body() == null ? Map.of() : Json.MAPPER.convertValue(response.body(), MAP);
  }
}
