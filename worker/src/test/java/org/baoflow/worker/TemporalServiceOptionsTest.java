package org.baoflow.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Metadata;
import io.temporal.serviceclient.GrpcMetadataProvider;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.baoflow.watcher.temporal.ApiKey;
import org.baoflow.watcher.temporal.TemporalConnection;
import org.baoflow.watcher.temporal.TemporalServiceOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemporalServiceOptionsTest {
  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  @TempDir Path directory;

  @Test
  void aPlainConnectionHasNoTlsAndNoCredentials() {
    WorkflowServiceStubsOptions options =
        TemporalServiceOptions.builder(TemporalConnection.plain("temporal:7233", "default"))
            .validateAndBuildWithDefaults();

    assertThat(options.getTarget()).isEqualTo("temporal:7233");
    assertThat(options.getSslContext()).isNull();
    assertThat(options.getEnableHttps()).isFalse();
    assertThat(options.getGrpcMetadataProviders()).isNullOrEmpty();
  }

  @Test
  void mutualTlsCarriesTheClientCertificate() {
    TlsFiles tls = TlsFiles.write(directory);
    TemporalConnection connection =
        new TemporalConnection(
            "ns.acct.tmprl.cloud:7233",
            "ns.acct",
            Optional.of(tls.certificate()),
            Optional.of(tls.key()),
            Optional.of(tls.certificate()),
            Optional.empty());

    WorkflowServiceStubsOptions options =
        TemporalServiceOptions.builder(connection).validateAndBuildWithDefaults();

    assertThat(options.getSslContext()).isNotNull();
    assertThat(options.getSslContext().isClient()).isTrue();
    assertThat(options.getGrpcMetadataProviders()).isNullOrEmpty();
  }

  @Test
  void aServerCaAloneGivesServerAuthenticatedTls() {
    TlsFiles tls = TlsFiles.write(directory);
    TemporalConnection connection =
        new TemporalConnection(
            "temporal:7233",
            "default",
            Optional.empty(),
            Optional.empty(),
            Optional.of(tls.certificate()),
            Optional.empty());

    assertThat(
            TemporalServiceOptions.builder(connection)
                .validateAndBuildWithDefaults()
                .getSslContext())
        .isNotNull();
  }

  @Test
  void anApiKeyTurnsTlsOnAndSendsABearerToken() {
    TemporalConnection connection =
        new TemporalConnection(
            "us-east-1.aws.api.temporal.io:7233",
            "ns.acct",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(new ApiKey("key-123")));

    WorkflowServiceStubsOptions options =
        TemporalServiceOptions.builder(connection).validateAndBuildWithDefaults();

    assertThat(options.getEnableHttps()).isTrue();
    assertThat(options.getGrpcMetadataProviders()).hasSize(1);
    GrpcMetadataProvider provider = options.getGrpcMetadataProviders().iterator().next();
    assertThat(provider.getMetadata().get(AUTHORIZATION)).isEqualTo("Bearer key-123");
  }

  @Test
  void aCaFileWithoutCertificatesFailsNamingTheFile() throws IOException {
    Path notPem = Files.writeString(directory.resolve("ca.pem"), "not a certificate\n");
    TemporalConnection connection =
        new TemporalConnection(
            "temporal:7233",
            "default",
            Optional.empty(),
            Optional.empty(),
            Optional.of(notPem),
            Optional.empty());

    assertThatThrownBy(() -> TemporalServiceOptions.builder(connection))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("temporal:7233")
        .hasStackTraceContaining(notPem.toString());
  }
}
