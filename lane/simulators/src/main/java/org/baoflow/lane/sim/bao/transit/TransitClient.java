package org.baoflow.lane.sim.bao.transit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.seal.SealMismatchException;
import org.baoflow.lane.sim.bao.seal.TransitKeyName;

/**
 * What go-kms-wrapping's transit client does, over {@link HttpClient}: {@code POST
 * <mount>/encrypt/<key>} and {@code <mount>/decrypt/<key>} with the seal's token. Errors name the
 * server, path and OpenBao's messages, never the token.
 */
final class TransitClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final HttpClient http;
  private final URI endpoint;
  private final TransitKeyName key;
  private final String token;

  /**
   * @param http a client trusting the server as the stanza says
   * @param endpoint where the address's host resolved to, {@code https://127.0.0.1:<port>}
   * @param key the server address as configured, the mount and the key name
   * @param token the seal token; empty sends none
   */
  TransitClient(HttpClient http, URI endpoint, TransitKeyName key, String token) {
    this.http = http;
    this.endpoint = endpoint;
    this.key = key;
    this.token = token;
  }

  /** Encrypts under the key's latest version; returns {@code vault:v<N>:<base64>}. */
  String encrypt(byte[] plaintext) {
    JsonNode data =
        call("encrypt", Map.of("plaintext", Base64.getEncoder().encodeToString(plaintext)));
    String ciphertext = Json.text(data, "ciphertext");
    if (ciphertext.split(":", -1).length != 3) {
      throw failure("encrypt", "invalid ciphertext returned");
    }
    return ciphertext;
  }

  /**
   * Decrypts a ciphertext of the key.
   *
   * @throws SealMismatchException when the server refuses the ciphertext (400)
   * @throws UncheckedIOException when the server cannot be reached or refuses the call otherwise
   */
  byte[] decrypt(String ciphertext) {
    JsonNode data = call("decrypt", Map.of("ciphertext", ciphertext));
    try {
      return Base64.getDecoder().decode(Json.text(data, "plaintext"));
    } catch (IllegalArgumentException e) {
      throw failure("decrypt", "error base64-decoding plaintext");
    }
  }

  private JsonNode call(String operation, Map<String, String> body) {
    String path = key.mountPath() + "/" + operation + "/" + key.keyName();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint.resolve("/v1/" + path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json(body)));
    if (!token.isEmpty()) {
      request.header("X-Vault-Token", token);
    }
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(
          new IOException(
              "transit server " + key.serverAddress() + " could not be reached: " + reason(e), e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new InterruptedIOException("interrupted calling " + path));
    }
    if (response.statusCode() == 400 && operation.equals("decrypt")) {
      throw new SealMismatchException(
          "transit server "
              + key.serverAddress()
              + " refused to decrypt with "
              + path
              + ": "
              + errors(response.body()));
    }
    if (response.statusCode() != 200) {
      throw failure(
          operation, "Code: " + response.statusCode() + ". Errors: " + errors(response.body()));
    }
    return parse(response.body()).path("data");
  }

  private UncheckedIOException failure(String operation, String detail) {
    return new UncheckedIOException(
        new IOException(
            "transit server "
                + key.serverAddress()
                + " failed "
                + key.mountPath()
                + "/"
                + operation
                + "/"
                + key.keyName()
                + ": "
                + detail));
  }

  /**
   * Why the call failed, in the words of the Go client where the cause is known: the certificate's
   * problem, a refused connection; otherwise the innermost exception.
   */
  private static String reason(Throwable error) {
    Throwable innermost = error;
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof CertificateException) {
        return cause.getMessage();
      }
      if (cause instanceof ConnectException) {
        return "connect: connection refused";
      }
      innermost = cause;
    }
    String message = innermost.getMessage();
    return innermost.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static String errors(String body) {
    List<String> errors = new ArrayList<>();
    parse(body).path("errors").forEach(error -> errors.add(error.asText()));
    return errors.isEmpty() ? "(none)" : String.join("; ", errors);
  }

  private static JsonNode parse(String body) {
    try {
      return body.isBlank() ? Json.object() : Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      return Json.object();
    }
  }

  private static String json(Map<String, String> body) {
    try {
      return Json.MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
