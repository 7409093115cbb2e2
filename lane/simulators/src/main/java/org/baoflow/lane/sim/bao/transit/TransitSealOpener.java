package org.baoflow.lane.sim.bao.transit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.baoflow.lane.sim.bao.NodeHost;
import org.baoflow.lane.sim.bao.NodeStartException;
import org.baoflow.lane.sim.bao.seal.Seal;
import org.baoflow.lane.sim.bao.seal.SealMismatchException;
import org.baoflow.lane.sim.bao.seal.SealOpener;
import org.baoflow.lane.sim.bao.seal.TransitKeyName;
import org.baoflow.lane.sim.node.SealConfig;
import org.baoflow.lane.sim.node.TransitSeal;

/**
 * Opens a {@code seal "transit"} stanza as OpenBao does at startup: settings from the stanza and
 * the container's environment, the address's host resolved through the pod network, the CA file
 * read through the container's mounts, the certificate checked against {@code tls_server_name} or
 * the host, and one test encryption, whose failure stops the node. The seal it returns calls the
 * server for every wrap and unwrap.
 */
public final class TransitSealOpener implements SealOpener {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[?[0-9a-fA-F:]+]?");
  private static final byte[] PROBE = {'a'};

  /**
   * @throws NodeStartException for another seal type, missing settings, an unresolvable host, a
   *     missing or unusable CA file, or a failed test encryption (unreachable or untrusted server,
   *     refused token, missing key); the message never carries the token
   */
  @Override
  public Seal open(SealConfig config, NodeHost host) {
    if (!(config instanceof TransitSeal stanza)) {
      throw new NodeStartException(
          "Error parsing Seal configuration: the transit opener cannot open a "
              + config.type()
              + " seal");
    }
    TransitSealSettings settings = TransitSealSettings.of(stanza, host);
    URI address = address(settings.address());
    int port = address.getPort() < 0 ? 443 : address.getPort();
    InetSocketAddress socket =
        host.resolve(address.getHost(), port)
            .orElseThrow(
                () ->
                    fail(
                        "dial tcp: lookup "
                            + address.getHost()
                            + ": no such host (transit server "
                            + settings.address()
                            + ")"));
    TransitKeyName key =
        new TransitKeyName(settings.address(), settings.mountPath(), settings.keyName());
    HttpClient http = httpClient(settings, host, settings.serverName().orElse(address.getHost()));
    URI endpoint =
        URI.create("https://" + socket.getAddress().getHostAddress() + ":" + socket.getPort());
    RemoteTransitSeal seal =
        new RemoteTransitSeal(key, new TransitClient(http, endpoint, key, settings.token()));
    try {
      // go-kms-wrapping's SetConfig encrypts a test value: a bad server, trust or token stops here.
      seal.wrap(PROBE);
    } catch (UncheckedIOException | SealMismatchException e) {
      throw new NodeStartException("Error parsing Seal configuration: " + messageOf(e), e);
    }
    return seal;
  }

  private static URI address(String address) {
    URI uri;
    try {
      uri = URI.create(address);
    } catch (IllegalArgumentException e) {
      throw fail("invalid transit seal address " + address);
    }
    if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
      throw fail(
          "transit seal address "
              + address
              + " must be https://<host>[:port]: the lane's "
              + "transit servers speak only TLS");
    }
    return uri;
  }

  /** A client trusting the server as the stanza says; it connects wherever it is told. */
  private static HttpClient httpClient(
      TransitSealSettings settings, NodeHost host, String serverName) {
    Optional<byte[]> caPem = caPem(settings, host);
    SSLContext tls;
    try {
      tls = TransitTls.client(caPem, serverName, settings.skipVerify());
    } catch (IllegalArgumentException e) {
      throw fail(
          "couldn't load CA certificate from "
              + settings.caFile().orElse("")
              + ": "
              + e.getMessage());
    }
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(CONNECT_TIMEOUT)
        .sslContext(tls)
        .sslParameters(sniFor(serverName))
        .build();
  }

  private static Optional<byte[]> caPem(TransitSealSettings settings, NodeHost host) {
    if (settings.caFile().isEmpty()) {
      return Optional.empty();
    }
    String path = settings.caFile().get();
    byte[] pem;
    try {
      pem = host.readFile(path);
    } catch (NoSuchFileException e) {
      throw fail("open " + path + ": no such file or directory");
    } catch (IOException e) {
      throw fail("open " + path + ": " + e.getMessage());
    }
    if (!new String(pem, StandardCharsets.US_ASCII).contains("-----BEGIN CERTIFICATE-----")) {
      throw fail("couldn't load CA certificate from " + path + ": no PEM certificate found");
    }
    return Optional.of(pem);
  }

  /** The SNI the Go client would send: the name it verifies, unless that is an IP address. */
  private static SSLParameters sniFor(String serverName) {
    SSLParameters parameters = new SSLParameters();
    if (!IP_LITERAL.matcher(serverName).matches()) {
      parameters.setServerNames(List.of(new SNIHostName(serverName)));
    }
    return parameters;
  }

  private static String messageOf(RuntimeException error) {
    return error instanceof UncheckedIOException io
        ? io.getCause().getMessage()
        : error.getMessage();
  }

  private static NodeStartException fail(String message) {
    return new NodeStartException("Error parsing Seal configuration: " + message);
  }
}
