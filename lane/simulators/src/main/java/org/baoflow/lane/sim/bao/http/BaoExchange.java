package org.baoflow.lane.sim.bao.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    try {
      byte[] bytes = exchange.getRequestBody().readAllBytes();
      if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
        return Map.of();
      }
      return MAPPER.readValue(bytes, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw BaoException.of(400, "failed to parse JSON input: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
