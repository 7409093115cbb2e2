package org.baoflow.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.baoflow.watcher.temporal.ApiKey;
import org.baoflow.watcher.temporal.ConfigurationException;
import org.baoflow.watcher.temporal.TemporalConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerConfigTest {
  @TempDir Path directory;

  @Test
  void anEmptyEnvironmentGivesTheDefaults() {
    WorkerConfig config = WorkerConfig.fromEnvironment(Map.of());

    assertThat(config.temporal()).isEqualTo(TemporalConnection.plain("127.0.0.1:7233", "default"));
    assertThat(config.taskQueue()).isEqualTo("baoflow");
    assertThat(config.httpPort()).isEqualTo(8080);
    assertThat(config.shutdownTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.temporal().usesTls()).isFalse();
  }

  @Test
  void variablesSetEverySetting() {
    TlsFiles tls = TlsFiles.write(directory);
    WorkerConfig config =
        WorkerConfig.fromEnvironment(
            Map.of(
                "TEMPORAL_ADDRESS", "my-ns.a1b2c.tmprl.cloud:7233",
                "TEMPORAL_NAMESPACE", "my-ns.a1b2c",
                "TEMPORAL_TLS_CLIENT_CERT_PATH", tls.certificate().toString(),
                "TEMPORAL_TLS_CLIENT_KEY_PATH", tls.key().toString(),
                "TEMPORAL_TLS_SERVER_CA_CERT_PATH", tls.certificate().toString(),
                "BAOFLOW_TASK_QUEUE", "baoflow-dr",
                "BAOFLOW_HTTP_PORT", "0",
                "BAOFLOW_SHUTDOWN_TIMEOUT_SECONDS", "5"));

    assertThat(config.temporal().address()).isEqualTo("my-ns.a1b2c.tmprl.cloud:7233");
    assertThat(config.temporal().namespace()).isEqualTo("my-ns.a1b2c");
    assertThat(config.temporal().clientCertFile()).contains(tls.certificate());
    assertThat(config.temporal().clientKeyFile()).contains(tls.key());
    assertThat(config.temporal().serverCaFile()).contains(tls.certificate());
    assertThat(config.temporal().usesTls()).isTrue();
    assertThat(config.taskQueue()).isEqualTo("baoflow-dr");
    assertThat(config.httpPort()).isZero();
    assertThat(config.shutdownTimeout()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void aCertificateWithoutItsKeyNamesBothVariables() {
    TlsFiles tls = TlsFiles.write(directory);

    assertThatThrownBy(
            () ->
                WorkerConfig.fromEnvironment(
                    Map.of("TEMPORAL_TLS_CLIENT_CERT_PATH", tls.certificate().toString())))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(
            "TEMPORAL_TLS_CLIENT_CERT_PATH is set without TEMPORAL_TLS_CLIENT_KEY_PATH");
  }

  @Test
  void aKeyWithoutItsCertificateNamesBothVariables() {
    TlsFiles tls = TlsFiles.write(directory);

    assertThatThrownBy(
            () ->
                WorkerConfig.fromEnvironment(
                    Map.of("TEMPORAL_TLS_CLIENT_KEY_PATH", tls.key().toString())))
        .hasMessageContaining(
            "TEMPORAL_TLS_CLIENT_KEY_PATH is set without TEMPORAL_TLS_CLIENT_CERT_PATH");
  }

  @Test
  void anApiKeyAndAClientCertificateAreAmbiguous() {
    TlsFiles tls = TlsFiles.write(directory);

    assertThatThrownBy(
            () ->
                WorkerConfig.fromEnvironment(
                    Map.of(
                        "TEMPORAL_API_KEY", "key-123",
                        "TEMPORAL_TLS_CLIENT_CERT_PATH", tls.certificate().toString(),
                        "TEMPORAL_TLS_CLIENT_KEY_PATH", tls.key().toString())))
        .hasMessageContaining("TEMPORAL_API_KEY and a client certificate are both set")
        .hasMessageNotContaining("key-123");
  }

  @Test
  void aMissingFileIsNamedWithItsVariable() {
    Path missing = directory.resolve("nope.pem");

    assertThatThrownBy(
            () ->
                WorkerConfig.fromEnvironment(
                    Map.of("TEMPORAL_TLS_SERVER_CA_CERT_PATH", missing.toString())))
        .hasMessageContaining("TEMPORAL_TLS_SERVER_CA_CERT_PATH names " + missing)
        .hasMessageContaining("not a readable file");
  }

  @Test
  void aTraditionalRsaKeyIsRejectedWithTheConversionCommand() throws IOException {
    TlsFiles tls = TlsFiles.write(directory);
    Path rsaKey =
        Files.writeString(
            directory.resolve("rsa.key"),
            "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n");

    assertThatThrownBy(
            () ->
                WorkerConfig.fromEnvironment(
                    Map.of(
                        "TEMPORAL_TLS_CLIENT_CERT_PATH", tls.certificate().toString(),
                        "TEMPORAL_TLS_CLIENT_KEY_PATH", rsaKey.toString())))
        .hasMessageContaining("TEMPORAL_TLS_CLIENT_KEY_PATH must be an unencrypted PKCS#8 PEM key")
        .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    ConfigurationException failure =
        org.junit.jupiter.api.Assertions.assertThrows(
            ConfigurationException.class,
            () ->
                WorkerConfig.fromEnvironment(
                    Map.of(
                        "TEMPORAL_ADDRESS", "http://temporal",
                        "BAOFLOW_HTTP_PORT", "70000",
                        "BAOFLOW_SHUTDOWN_TIMEOUT_SECONDS", "0")));

    assertThat(failure.problems())
        .containsExactly(
            "TEMPORAL_ADDRESS must be host:port of the Temporal frontend, such as 127.0.0.1:7233",
            "BAOFLOW_HTTP_PORT must be a port number from 0 to 65535, got '70000'",
            "BAOFLOW_SHUTDOWN_TIMEOUT_SECONDS must be a whole number of seconds, 1 or more, got '0'");
  }

  @Test
  void blankVariablesCountAsUnset() {
    WorkerConfig config =
        WorkerConfig.fromEnvironment(Map.of("TEMPORAL_NAMESPACE", "  ", "TEMPORAL_API_KEY", ""));

    assertThat(config.temporal().namespace()).isEqualTo("default");
    assertThat(config.temporal().apiKey()).isEmpty();
  }

  @Test
  void theApiKeyNeverShowsInToString() {
    WorkerConfig config =
        WorkerConfig.fromEnvironment(Map.of("TEMPORAL_API_KEY", "very-secret-key"));

    assertThat(config.temporal().apiKey()).map(ApiKey::value).contains("very-secret-key");
    assertThat(config.toString()).doesNotContain("very-secret-key").contains("redacted");
    assertThat(config.temporal().usesTls()).isTrue();
  }
}
