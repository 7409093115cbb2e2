package org.baoflow.lane.sim.bao.transit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.baoflow.lane.sim.bao.logical.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The infra server's Transit API over HTTPS, as a seal and an operator call it. */
class TransitInfraTest {

  private static final String HOST = "transit.infra.svc";

  private final TransitInfra infra = TransitInfra.start(HOST);
  private final HttpClient http =
      HttpClient.newBuilder()
          .sslContext(
              TransitTls.client(
                  Optional.of(infra.caPem().getBytes(StandardCharsets.US_ASCII)), HOST, false))
          .build();

  @AfterEach
  void stop() {
    infra.close();
  }

  private record Answer(int status, JsonNode body) {
    JsonNode data() {
      return body.path("data");
    }

    String errors() {
      return body.path("errors").toString();
    }
  }

  private Answer call(String method, String path, String token, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("https://127.0.0.1:" + infra.socket().getPort() + "/v1/" + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("X-Vault-Token", token);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.body().isEmpty() ? Json.object() : Json.MAPPER.readTree(response.body()));
  }

  private static String encryptBody(String text) {
    return "{\"plaintext\":\""
        + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
        + "\"}";
  }

  @Test
  void theRootTokenCreatesReadsAndRotatesAKey() throws Exception {
    infra.createKey("transit", "seed");

    Answer created =
        call("POST", "transit/keys/autounseal", infra.rootToken(), "{\"type\":\"aes256-gcm96\"}");
    Answer rotated = call("POST", "transit/keys/autounseal/rotate", infra.rootToken(), null);
    Answer read = call("GET", "transit/keys/autounseal", infra.rootToken(), null);

    assertThat(created.status()).isEqualTo(200);
    assertThat(created.data().path("latest_version").asInt()).isEqualTo(1);
    assertThat(rotated.data().path("latest_version").asInt()).isEqualTo(2);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().has("request_id")).isTrue();
    assertThat(read.data().path("name").asText()).isEqualTo("autounseal");
    assertThat(read.data().path("type").asText()).isEqualTo("aes256-gcm96");
    assertThat(read.data().path("latest_version").asInt()).isEqualTo(2);
    assertThat(read.data().path("min_decryption_version").asInt()).isEqualTo(1);
    assertThat(read.data().path("keys").has("1")).isTrue();
    assertThat(read.data().path("keys").has("2")).isTrue();
  }

  @Test
  void theSealTokenEncryptsAndDecryptsWithItsKeyOnly() throws Exception {
    infra.createKey("transit", "autounseal");
    String token = infra.issueToken("transit/", "autounseal");

    Answer encrypted = call("POST", "transit/encrypt/autounseal", token, encryptBody("root key"));
    String ciphertext = encrypted.data().path("ciphertext").asText();
    Answer decrypted =
        call(
            "POST", "transit/decrypt/autounseal", token, "{\"ciphertext\":\"" + ciphertext + "\"}");

    assertThat(encrypted.status()).isEqualTo(200);
    assertThat(ciphertext).startsWith("vault:v1:");
    assertThat(encrypted.data().path("key_version").asInt()).isEqualTo(1);
    assertThat(Base64.getDecoder().decode(decrypted.data().path("plaintext").asText()))
        .isEqualTo("root key".getBytes(StandardCharsets.UTF_8));
    assertThat(call("GET", "transit/keys/autounseal", token, null).status()).isEqualTo(403);
    assertThat(call("POST", "transit/keys/autounseal/rotate", token, null).status()).isEqualTo(403);
  }

  @Test
  void aMissingOrForeignTokenIsPermissionDenied() throws Exception {
    infra.createKey("transit", "autounseal");
    infra.createKey("transit", "other");
    String otherToken = infra.issueToken("transit", "other");

    Answer anonymous = call("POST", "transit/encrypt/autounseal", null, encryptBody("x"));
    Answer foreign = call("POST", "transit/encrypt/autounseal", otherToken, encryptBody("x"));
    Answer guessed = call("POST", "transit/encrypt/autounseal", "hvs.guessed", encryptBody("x"));

    assertThat(anonymous.status()).isEqualTo(403);
    assertThat(anonymous.errors()).isEqualTo("[\"permission denied\"]");
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(guessed.status()).isEqualTo(403);
  }

  @Test
  void encryptingWithAMissingKeyNeedsCreateWhichOnlyTheRootTokenHas() throws Exception {
    infra.createKey("transit", "autounseal");
    String sealToken = infra.issueToken("transit", "missing");

    Answer denied = call("POST", "transit/encrypt/missing", sealToken, encryptBody("x"));
    Answer upserted = call("POST", "transit/encrypt/missing", infra.rootToken(), encryptBody("x"));

    assertThat(denied.status()).isEqualTo(403);
    assertThat(upserted.status()).isEqualTo(200);
    assertThat(upserted.data().path("ciphertext").asText()).startsWith("vault:v1:");
  }

  @Test
  void badCiphertextsAreRejectedWithTransitsMessages() throws Exception {
    infra.createKey("transit", "autounseal");
    String token = infra.issueToken("transit", "autounseal");

    Answer noPrefix =
        call("POST", "transit/decrypt/autounseal", token, "{\"ciphertext\":\"garbage\"}");
    Answer tooNew =
        call("POST", "transit/decrypt/autounseal", token, "{\"ciphertext\":\"vault:v9:AAAA\"}");
    Answer tampered =
        call(
            "POST",
            "transit/decrypt/autounseal",
            token,
            "{\"ciphertext\":\"vault:v1:"
                + Base64.getEncoder().encodeToString(new byte[40])
                + "\"}");
    Answer missing = call("POST", "transit/decrypt/autounseal", token, "{}");

    assertThat(noPrefix.status()).isEqualTo(400);
    assertThat(noPrefix.errors()).contains("invalid ciphertext: no prefix");
    assertThat(tooNew.errors()).contains("invalid ciphertext: version is too new");
    assertThat(tampered.status()).isEqualTo(400);
    assertThat(tampered.errors()).contains("message authentication failed");
    assertThat(missing.errors()).contains("missing ciphertext to decrypt");
  }

  @Test
  void aPathOutsideAnyTransitMountIsNotFoundForRootAndDeniedForOthers() throws Exception {
    infra.createKey("transit", "autounseal");

    assertThat(call("GET", "secret/data/x", infra.rootToken(), null).status()).isEqualTo(404);
    assertThat(call("GET", "secret/data/x", "hvs.other", null).status()).isEqualTo(403);
  }

  @Test
  void aSealedInfraAnswers503UntilRestored() throws Exception {
    infra.createKey("transit", "autounseal");
    String token = infra.issueToken("transit", "autounseal");

    infra.answerSealed();
    Answer sealed = call("POST", "transit/encrypt/autounseal", token, encryptBody("x"));
    infra.restore();
    Answer back = call("POST", "transit/encrypt/autounseal", token, encryptBody("x"));

    assertThat(sealed.status()).isEqualTo(503);
    assertThat(sealed.errors()).contains("Vault is sealed");
    assertThat(back.status()).isEqualTo(200);
  }
}
