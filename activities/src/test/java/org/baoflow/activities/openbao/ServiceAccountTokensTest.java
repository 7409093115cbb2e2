package org.baoflow.activities.openbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker's token sources without Kubernetes, and what the activities read from a token. */
class ServiceAccountTokensTest {
  private static final String CLAIMS =
      "{\"iss\":\"https://kubernetes.default.svc.cluster.local\","
          + "\"sub\":\"system:serviceaccount:baoflow-system:baoflow-worker\","
          + "\"aud\":[\"openbao-internal\"]}";

  @TempDir Path directory;

  @Test
  void aProjectedTokenFileIsReadAgainOnEveryCall() throws IOException {
    Path file = directory.resolve("token");
    Files.writeString(file, "first.token.value\n");
    ProjectedTokenFile tokens = new ProjectedTokenFile(file);

    String first = tokens.token();
    Files.writeString(file, "rotated.token.value");

    assertThat(first).isEqualTo("first.token.value");
    assertThat(tokens.token()).isEqualTo("rotated.token.value");
    assertThat(tokens.toString()).doesNotContain("token.value");
  }

  @Test
  void anEmptyOrMissingTokenFileIsAnError() throws IOException {
    Path empty = Files.writeString(directory.resolve("empty"), "  \n");

    assertThatThrownBy(() -> new ProjectedTokenFile(empty).token())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> new ProjectedTokenFile(directory.resolve("missing")).token())
        .hasMessageContaining("missing");
  }

  @Test
  void theWorkerIdentityIsTheTokensIssuerAndSubject() {
    WorkerIdentity identity = WorkerIdentity.of(jwt(CLAIMS));

    assertThat(identity.issuer()).isEqualTo("https://kubernetes.default.svc.cluster.local");
    assertThat(identity.subject()).isEqualTo("system:serviceaccount:baoflow-system:baoflow-worker");
  }

  @Test
  void aTokenWithoutClaimsIsRefusedWithoutQuotingIt() {
    String noSubject = jwt("{\"iss\":\"https://issuer\"}");

    assertThatThrownBy(() -> WorkerIdentity.of(noSubject))
        .hasMessageContaining("no issuer or subject")
        .hasMessageNotContaining(noSubject);
    assertThatThrownBy(() -> WorkerIdentity.of("not-a-jwt")).hasMessageNotContaining("not-a-jwt");
  }

  private static String jwt(String claims) {
    Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + ".c2lnbmF0dXJl";
  }
}
