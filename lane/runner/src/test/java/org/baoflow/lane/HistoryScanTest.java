package org.baoflow.lane;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The history scan finds secrets inside payloads, which history JSON holds base64-encoded. */
class HistoryScanTest {
  private static String history(String payloadJson) {
    String data = Base64.getEncoder().encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
    return "{\"events\":[{\"input\":{\"payloads\":[{\"metadata\":{},\"data\": \""
        + data
        + "\"}]}}]}";
  }

  @Test
  void findsASecretInsideAnEncodedPayload() {
    String scanned =
        HistoryScan.withDecodedPayloads(history("{\"password\":\"hunter2-hunter2-hunter2\"}"));

    assertThat(HistoryScan.leaks(List.of(scanned), List.of("hunter2-hunter2-hunter2")))
        .containsExactly("secret of 23 characters");
  }

  @Test
  void findsJwtsAndPrivateKeys() {
    String scanned =
        HistoryScan.withDecodedPayloads(
            history("{\"t\":\"eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln\",\"k\":\"PRIVATE KEY\"}"));

    assertThat(HistoryScan.leaks(List.of(scanned), List.of()))
        .containsExactly("a JWT", "a private key");
  }

  @Test
  void aCleanHistoryHasNoLeak() {
    String scanned = HistoryScan.withDecodedPayloads(history("{\"phase\":\"Running\"}"));

    assertThat(HistoryScan.leaks(List.of(scanned), List.of("hunter2-hunter2-hunter2"))).isEmpty();
  }
}
