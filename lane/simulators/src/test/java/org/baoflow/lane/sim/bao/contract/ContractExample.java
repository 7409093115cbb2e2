package org.baoflow.lane.sim.bao.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One file of {@code contract/}: a request, the node state it is sent in, and the answer the
 * reference documents for it (status, example body, the fields whose values the reference fixes and
 * those it says are left out).
 *
 * @param name the file name
 * @param state {@code uninitialized}, {@code active}, {@code sealed} or {@code standby}
 * @param method HTTP method
 * @param path the API path after {@code /v1/}
 * @param query raw query or null
 * @param token whether the request carries the root token
 * @param headers extra request headers
 * @param body the JSON request body or null
 * @param status the expected status code
 * @param exact JSON pointers into the example whose values must match exactly
 * @param absent JSON pointers that must not be in the answer
 * @param response the example body, or null when the answer has none
 */
record ContractExample(
    String name,
    String state,
    String method,
    String path,
    String query,
    boolean token,
    Map<String, String> headers,
    JsonNode body,
    int status,
    List<String> exact,
    List<String> absent,
    JsonNode response) {

  static final ObjectMapper MAPPER = new ObjectMapper();

  /** Reads {@code contract/<name>} from the test class path. */
  static ContractExample load(String name) {
    try (InputStream in = ContractExample.class.getResourceAsStream("/contract/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no contract file " + name);
      }
      return of(name, MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ContractExample of(String name, JsonNode file) {
    JsonNode request = file.required("request");
    Map<String, String> headers = new LinkedHashMap<>();
    request
        .path("headers")
        .properties()
        .forEach(e -> headers.put(e.getKey(), e.getValue().asText()));
    JsonNode response = file.required("response");
    JsonNode body = request.get("body");
    return new ContractExample(
        name,
        file.required("state").asText(),
        request.required("method").asText(),
        request.required("path").asText(),
        request.hasNonNull("query") ? request.get("query").asText() : null,
        request.path("token").asBoolean(false),
        headers,
        body == null || body.isNull() ? null : body,
        file.required("status").asInt(),
        texts(file.path("exact")),
        texts(file.path("absent")),
        response.isNull() ? null : response);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}
