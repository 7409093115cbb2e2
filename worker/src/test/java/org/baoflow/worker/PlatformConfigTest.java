package org.baoflow.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformConfigTest {

  @Test
  void defaultsDescribeTheWorkerOfTheDeployManifests() {
    PlatformConfig config = PlatformConfig.fromEnvironment(Map.of());

    assertThat(config.platform().workerNamespace()).isEqualTo("baoflow-system");
    assertThat(config.platform().workerServiceAccount()).isEqualTo("baoflow-worker");
    assertThat(config.platform().serviceAccountIssuer())
        .isEqualTo("https://kubernetes.default.svc.cluster.local");
    assertThat(config.pollInterval()).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.openBaoTokenFile()).isEmpty();
  }

  @Test
  void readsEveryVariable(@TempDir Path dir) throws Exception {
    Path token = Files.writeString(dir.resolve("token"), "jwt");

    PlatformConfig config =
        PlatformConfig.fromEnvironment(
            Map.of(
                PlatformConfig.NAMESPACE, "ops",
                PlatformConfig.SERVICE_ACCOUNT, "bf",
                PlatformConfig.ISSUER, "https://issuer.example",
                PlatformConfig.POLL_SECONDS, "5",
                PlatformConfig.TOKEN_FILE, token.toString()));

    assertThat(config.platform().workerSubject()).isEqualTo("system:serviceaccount:ops:bf");
    assertThat(config.platform().serviceAccountIssuer()).isEqualTo("https://issuer.example");
    assertThat(config.pollInterval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.openBaoTokenFile()).contains(token);
  }

  @Test
  void namesEveryWrongVariable() {
    assertThatThrownBy(
            () ->
                PlatformConfig.fromEnvironment(
                    Map.of(
                        PlatformConfig.POLL_SECONDS, "0",
                        PlatformConfig.TOKEN_FILE, "/nonexistent/token")))
        .hasMessageContaining(PlatformConfig.POLL_SECONDS)
        .hasMessageContaining(PlatformConfig.TOKEN_FILE);
  }
}
