package org.baoflow.activities.bao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Status and {@code errors[]} to exception type, for bodies the fake server does not cover. */
class BaoErrorsTest {

  @ParameterizedTest
  @CsvSource({
    "400, BaoBadRequestException",
    "403, BaoPermissionDeniedException",
    "404, BaoNotFoundException",
    "405, BaoServerException",
    "429, BaoServerException",
    "500, BaoServerException",
    "503, BaoServerException"
  })
  void theStatusChoosesTheTypeWhenTheBodyIsEmpty(int status, String type) {
    BaoResponseException exception = BaoErrors.toException("GET /v1/x", status, new byte[0]);

    assertThat(exception.getClass().getSimpleName()).isEqualTo(type);
    assertThat(exception.statusCode()).isEqualTo(status);
    assertThat(exception.errors()).isEmpty();
  }

  @Test
  void only503WithTheSealedMessageIsSealed() {
    byte[] body = "{\"errors\":[\"Vault is sealed\"]}".getBytes(StandardCharsets.UTF_8);

    assertThat(BaoErrors.toException("GET /v1/x", 503, body))
        .isInstanceOf(BaoSealedException.class);
    assertThat(BaoErrors.toException("GET /v1/x", 500, body))
        .isInstanceOf(BaoServerException.class);
  }

  @Test
  void aBodyThatIsNotTheErrorShapeYieldsNoMessages() {
    byte[] html = "<html>bad gateway</html>".getBytes(StandardCharsets.UTF_8);

    BaoResponseException exception = BaoErrors.toException("POST /v1/x", 502, html);

    assertThat(exception.errors()).isEmpty();
    assertThat(exception).hasMessage("POST /v1/x answered 502: []");
  }

  @Test
  void everyMessageIsKeptInOrder() {
    byte[] body =
        "{\"errors\":[\"first\",\"second\"],\"data\":{\"k\":1}}".getBytes(StandardCharsets.UTF_8);

    BaoResponseException exception = BaoErrors.toException("PUT /v1/x", 400, body);

    assertThat(exception.errors()).containsExactly("first", "second");
    assertThat(exception).hasMessage("PUT /v1/x answered 400: [first, second]");
  }
}
