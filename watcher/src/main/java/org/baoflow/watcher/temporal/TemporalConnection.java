package org.baoflow.watcher.temporal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a BaoFlow process finds Temporal and how it authenticates: plain gRPC for a local Temporal,
 * mutual TLS with a client certificate, or a Temporal Cloud API key (over TLS). The variable names
 * are the Temporal CLI's, so one environment serves both.
 *
 * @param address {@code host:port} of the frontend
 * @param namespace the Temporal namespace
 * @param clientCertFile PEM client certificate chain for mutual TLS
 * @param clientKeyFile PEM PKCS#8 private key of that certificate
 * @param serverCaFile PEM CA that signed the server's certificate; the JDK's trust store otherwise
 * @param apiKey Temporal Cloud API key
 */
public record TemporalConnection(
    String address,
    String namespace,
    Optional<Path> clientCertFile,
    Optional<Path> clientKeyFile,
    Optional<Path> serverCaFile,
    Optional<ApiKey> apiKey) {

  public static final String ADDRESS = "TEMPORAL_ADDRESS";
  public static final String NAMESPACE = "TEMPORAL_NAMESPACE";
  public static final String CLIENT_CERT = "TEMPORAL_TLS_CLIENT_CERT_PATH";
  public static final String CLIENT_KEY = "TEMPORAL_TLS_CLIENT_KEY_PATH";
  public static final String SERVER_CA = "TEMPORAL_TLS_SERVER_CA_CERT_PATH";
  public static final String API_KEY = "TEMPORAL_API_KEY";

  /** Temporal's own default frontend address, as the Temporal CLI uses it. */
  public static final String DEFAULT_ADDRESS = "127.0.0.1:7233";

  public static final String DEFAULT_NAMESPACE = "default";

  public TemporalConnection {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(clientCertFile, "clientCertFile");
    Objects.requireNonNull(clientKeyFile, "clientKeyFile");
    Objects.requireNonNull(serverCaFile, "serverCaFile");
    Objects.requireNonNull(apiKey, "apiKey");
  }

  /** A plain-text connection, as to a local Temporal or the test server. */
  public static TemporalConnection plain(String address, String namespace) {
    return new TemporalConnection(
        address, namespace, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Reads the connection from {@code environment}.
   *
   * @throws ConfigurationException naming every variable that is wrong and how to fix it
   */
  public static TemporalConnection fromEnvironment(Map<String, String> environment) {
    EnvironmentReader reader = new EnvironmentReader(environment);
    TemporalConnection connection = read(reader);
    reader.throwIfInvalid();
    return connection;
  }

  public static TemporalConnection read(EnvironmentReader reader) {
    String address = reader.string(ADDRESS, DEFAULT_ADDRESS);
    if (!address.matches("[^\\s:/]+:\\d{1,5}")) {
      reader.problem(
          ADDRESS + " must be host:port of the Temporal frontend, such as " + DEFAULT_ADDRESS);
    }
    String namespace = reader.string(NAMESPACE, DEFAULT_NAMESPACE);
    Optional<Path> cert = reader.readableFile(CLIENT_CERT);
    Optional<Path> key = reader.readableFile(CLIENT_KEY);
    Optional<Path> ca = reader.readableFile(SERVER_CA);
    Optional<ApiKey> apiKey = reader.optional(API_KEY).map(ApiKey::new);
    boolean certSet = reader.optional(CLIENT_CERT).isPresent();
    boolean keySet = reader.optional(CLIENT_KEY).isPresent();
    if (certSet && !keySet) {
      reader.problem(
          CLIENT_CERT + " is set without " + CLIENT_KEY + ": mutual TLS needs both; set the key");
    }
    if (keySet && !certSet) {
      reader.problem(
          CLIENT_KEY + " is set without " + CLIENT_CERT + ": mutual TLS needs both; set the cert");
    }
    if (apiKey.isPresent() && (certSet || keySet)) {
      reader.problem(
          API_KEY
              + " and a client certificate are both set: Temporal authenticates with one of them;"
              + " unset "
              + API_KEY
              + " or "
              + CLIENT_CERT
              + "/"
              + CLIENT_KEY);
    }
    key.ifPresent(path -> requirePkcs8(reader, path));
    return new TemporalConnection(address, namespace, cert, key, ca, apiKey);
  }

  /**
   * Netty reads PKCS#8 keys only; an RSA or EC key in its traditional PEM form would fail deep in
   * the TLS handshake setup, so it is caught here with the conversion command.
   */
  private static void requirePkcs8(EnvironmentReader reader, Path key) {
    String pem;
    try {
      pem = Files.readString(key);
    } catch (IOException e) {
      reader.problem(CLIENT_KEY + " names " + key + ", which is not a PEM text file");
      return;
    }
    if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
      reader.problem(
          CLIENT_KEY
              + " must be an unencrypted PKCS#8 PEM key (BEGIN PRIVATE KEY); convert it with"
              + " 'openssl pkcs8 -topk8 -nocrypt -in <key> -out <key>.pk8'");
    }
  }

  /** Whether the connection is encrypted. */
  public boolean usesTls() {
    return clientCertFile.isPresent() || serverCaFile.isPresent() || apiKey.isPresent();
  }
}
