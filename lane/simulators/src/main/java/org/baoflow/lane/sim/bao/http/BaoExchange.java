package org.baoflow.lane.sim.bao.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baoflow.lane.sim.bao.BaoException;
import org.baoflow.lane.sim.bao.logical.BaoResponse;

/** One request to a simulated node and the ways to answer it, with OpenBao's headers. */
final class BaoExchange {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpExchange exchange;
  private final String path;

  BaoExchange(HttpExchange exchange, String path) {
    this.exchange = exchange;
    this.path = path;
  }

  /** The path after {@code /v1/}. */
  String path() {
    return path;
  }

  String method() {
    return exchange.getRequestMethod();
  }

  /** The first value of each query parameter. */
  Map<String, String> query() {
    Map<String, String> query = new LinkedHashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      query.putIfAbsent(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
    }
    return query;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  Optional<String> header(String name) {
    return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name))
        .filter(value -> !value.isEmpty());
  }

  /** The token of {@code X-Vault-Token} or of an {@code Authorization: Bearer} header. */
  Optional<String> token() {
    return header("X-Vault-Token")
        .or(
            () ->
                header("Authorization")
                    .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                    .map(value -> value.substring(7).trim()));
  }

  /** The JSON object body; an empty body is an empty object, anything else not an object a 400. */
  Map<String, Object> body() {
    return MAPPER.convertValue(jsonBody(), new TypeReference<Map<String, Object>>() {});
  }

  /** The body as a JSON object, for a logical request. */
  ObjectNode jsonBody() {
    byte[] bytes = rawBody();
    if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      return MAPPER.createObjectNode();
    }
    try {
      JsonNode parsed = MAPPER.readTree(bytes);
      if (parsed instanceof ObjectNode object) {
        return object;
      }
      throw BaoException.of(400, "failed to parse JSON input: not a JSON object");
    } catch (JsonProcessingException e) {
      throw BaoException.of(400, "failed to parse JSON input: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body as sent, e.g. a snapshot to restore. */
  byte[] rawBody() {
    try {
      return exchange.getRequestBody().readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path and query after {@code /v1/}, as a redirect repeats them. */
  String pathAndQuery() {
    String raw = exchange.getRequestURI().getRawQuery();
    return exchange.getRequestURI().getRawPath() + (raw == null ? "" : "?" + raw);
  }

  /** Writes a logical answer: its JSON body, or none for a 204. */
  void respond(BaoResponse response) {
    if (response.body() == null) {
      send(response.status(), null);
    } else {
      json(response.status(), response.body());
    }
  }

  /** 307 to the same path and query on {@code baseUrl}, as a standby that does not forward. */
  void redirect(String baseUrl) {
    exchange.getResponseHeaders().set("Location", baseUrl + pathAndQuery());
    send(307, null);
  }

  /**
   * Streams a binary answer of unknown length (chunked): the headers go out first, then whatever
   * {@code body} writes.
   */
  void stream(String contentType, BodyWriter body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Content-Disposition", "attachment");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      body.writeTo(out);
    }
  }

  /** Writes a streamed body. */
  @FunctionalInterface
  interface BodyWriter {
    void writeTo(OutputStream out) throws IOException;
  }

  void json(int status, Object body) {
    try {
      byte[] bytes = MAPPER.writeValueAsBytes(body);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      // HEAD, and a 204 chosen by a health override, carry no body (as Go's net/http drops it).
      send(status, method().equals("HEAD") || status == 204 ? null : bytes);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  void noContent() {
    send(204, null);
  }

  void error(BaoException error) {
    json(error.status(), Map.of("errors", List.copyOf(error.errors())));
  }

  private void send(int status, byte[] body) {
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    header("X-Vault-Namespace")
        .ifPresent(namespace -> exchange.getResponseHeaders().set("X-Vault-Namespace", namespace));
    try (OutputStream out = exchange.getResponseBody()) {
      exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
      if (body != null) {
        out.write(body);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
