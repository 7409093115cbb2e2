package org.baoflow.watcher.temporal;

import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.temporal.serviceclient.SimpleSslContextBuilder;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * Turns a {@link TemporalConnection} into the SDK's stubs options: the target, and TLS (client
 * certificate and key, server CA) or an API key. Callers add what is theirs, such as the metrics
 * scope.
 */
public final class TemporalServiceOptions {
  private TemporalServiceOptions() {}

  /**
   * A builder of the options for {@code connection}.
   *
   * @throws UncheckedIOException when a certificate or key file cannot be read or parsed
   */
  public static WorkflowServiceStubsOptions.Builder builder(TemporalConnection connection) {
    WorkflowServiceStubsOptions.Builder builder =
        WorkflowServiceStubsOptions.newBuilder().setTarget(connection.address());
    if (connection.clientCertFile().isPresent() || connection.serverCaFile().isPresent()) {
      builder.setSslContext(sslContext(connection));
    }
    // The SDK turns TLS on by itself for an API key, which Temporal Cloud only accepts over TLS.
    connection.apiKey().ifPresent(key -> builder.addApiKey(key::value));
    return builder;
  }

  private static SslContext sslContext(TemporalConnection connection) {
    try {
      if (connection.clientCertFile().isPresent() && connection.clientKeyFile().isPresent()) {
        // The builder reads the streams only in build(), so they stay open until then.
        try (InputStream cert = Files.newInputStream(connection.clientCertFile().get());
            InputStream key = Files.newInputStream(connection.clientKeyFile().get())) {
          return withTrust(SimpleSslContextBuilder.forPKCS8(cert, key), connection).build();
        }
      }
      return withTrust(SimpleSslContextBuilder.noKeyOrCertChain(), connection).build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set up TLS to Temporal at " + connection.address(), e);
    }
  }

  private static SimpleSslContextBuilder withTrust(
      SimpleSslContextBuilder builder, TemporalConnection connection) throws IOException {
    if (connection.serverCaFile().isPresent()) {
      builder.setTrustManager(trustManager(connection.serverCaFile().get()));
    }
    return builder;
  }

  /** A trust manager that accepts servers whose chain ends at a CA in {@code caFile}. */
  private static TrustManager trustManager(Path caFile) throws IOException {
    try (InputStream in = Files.newInputStream(caFile)) {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int index = 0;
      for (Certificate ca : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
        store.setCertificateEntry("temporal-ca-" + index++, ca);
      }
      if (index == 0) {
        throw new IOException(caFile + " holds no PEM certificate");
      }
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      return factory.getTrustManagers()[0];
    } catch (GeneralSecurityException e) {
      throw new IOException(caFile + " is not a PEM CA certificate", e);
    }
  }
}
