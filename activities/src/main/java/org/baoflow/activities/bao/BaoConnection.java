package org.baoflow.activities.bao;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

/**
 * The seam through which every call reaches an OpenBao node: connects to an endpoint's address,
 * verifies the server against the endpoint's name and the cluster CA, always sends {@code
 * X-Vault-Request: true} and never {@code X-Vault-Namespace}, follows 307s to the node the resolver
 * names, retries idempotent reads ({@code GET}, {@code HEAD}) on connection failures, and maps
 * error answers to {@link BaoResponseException}s.
 */
public final class BaoConnection {

  static final String CONTENT_TYPE_JSON = "application/json";
  static final String CONTENT_TYPE_BINARY = "application/octet-stream";
  private static final int MAX_REDIRECTS = 3;

  /** Error bodies are short JSON; a longer one is cut rather than read whole. */
  private static final int ERROR_BODY_LIMIT = 64 * 1024;

  private final BaoEndpoint endpoint;
  private final String caPem;
  private final BaoClientSettings settings;
  private final BaoEndpointResolver resolver;
  private final boolean noRequestForwarding;
  private final Map<BaoEndpoint, Clients> clients;

  /** One endpoint's TLS context (cluster CA, expected name) and the HTTP client built on it. */
  private record Clients(SSLContext tls, HttpClient http) {}

  /** An answer of either transport: status, the redirect target if any, and the body. */
  private record Answer<T>(int status, Optional<String> location, T body) {}

  /** Sends one request to one endpoint, once. */
  @FunctionalInterface
  private interface Transport<T> {
    Answer<T> send(BaoEndpoint target, BaoRequest request) throws IOException, InterruptedException;
  }

  private BaoConnection(
      BaoEndpoint endpoint,
      String caPem,
      BaoClientSettings settings,
      BaoEndpointResolver resolver,
      boolean noRequestForwarding,
      Map<BaoEndpoint, Clients> clients) {
    this.endpoint = endpoint;
    this.caPem = caPem;
    this.settings = settings;
    this.resolver = resolver;
    this.noRequestForwarding = noRequestForwarding;
    this.clients = clients;
  }

  /**
   * A connection to {@code endpoint} trusting only the certificates in {@code caPem}; redirects go
   * to the endpoint {@code resolver} names for the {@code Location}.
   */
  public static BaoConnection open(
      BaoEndpoint endpoint,
      String caPem,
      BaoClientSettings settings,
      BaoEndpointResolver resolver) {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(caPem, "caPem");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(resolver, "resolver");
    BaoConnection connection =
        new BaoConnection(endpoint, caPem, settings, resolver, false, new ConcurrentHashMap<>());
    // Fail on a bad CA now rather than on the first call.
    connection.clients(endpoint);
    return connection;
  }

  /** {@link #open(BaoEndpoint, String, BaoClientSettings, BaoEndpointResolver)} with defaults. */
  public static BaoConnection open(BaoEndpoint endpoint, String caPem) {
    return open(endpoint, caPem, BaoClientSettings.defaults(), BaoEndpointResolver.direct());
  }

  public BaoEndpoint endpoint() {
    return endpoint;
  }

  /**
   * The same connection (sharing its HTTP clients) sending {@code X-Vault-No-Request-Forwarding}: a
   * standby then answers a 307 to the active node, which is followed, instead of forwarding the
   * call over the cluster port. Useful to see which node really answers.
   */
  public BaoConnection withoutRequestForwarding() {
    return new BaoConnection(endpoint, caPem, settings, resolver, true, clients);
  }

  /** Whether calls ask standbys to redirect rather than forward. */
  public boolean requestForwardingDisabled() {
    return noRequestForwarding;
  }

  /** Sends a call and parses a 2xx JSON answer as {@code type}; null for 204 or an empty body. */
  <T> T call(BaoRequest request, JavaType type) {
    BaoResponse response = exchange(request);
    if (!response.isSuccess()) {
      throw BaoErrors.toException(request.describe(), response.status(), response.body());
    }
    if (response.body().length == 0) {
      return null;
    }
    try {
      return BaoJson.MAPPER.readValue(response.body(), type);
    } catch (IOException e) {
      throw new BaoConnectionException(
          request.describe() + " answered " + response.status() + " with an unreadable body", e);
    }
  }

  /**
   * Sends a call and reads its logical data as {@code type}, from {@code data} or, for the routes
   * that copy it there, from the top level ({@link LogicalData}); null for a 204.
   */
  <T> T callData(BaoRequest request, JavaType type) {
    JsonNode data = LogicalData.of(call(request, BaoJson.type(JsonNode.class)));
    if (data == null) {
      return null;
    }
    try {
      return BaoJson.MAPPER.treeToValue(data, type);
    } catch (IOException | IllegalArgumentException e) {
      throw new BaoConnectionException(
          request.describe() + " answered data of an unexpected shape", e);
    }
  }

  /** Sends a call that answers no data (204), or the envelope with warnings; returns them. */
  List<String> write(BaoRequest request) {
    Envelope<?> envelope = call(request, BaoJson.envelopeOf(Object.class));
    return envelope == null ? List.of() : envelope.warningsOrEmpty();
  }

  /** Sends a call and returns status and body whatever the status (for {@code sys/health}). */
  BaoResponse exchange(BaoRequest request) {
    Answer<byte[]> response = send(request, this::sendBuffered, body -> {});
    byte[] body = response.body();
    return new BaoResponse(response.status(), body == null ? new byte[0] : body);
  }

  /**
   * Sends a {@code GET} whose 2xx body the caller reads as a stream and must close (which closes
   * the connection); nothing is buffered beyond the socket's buffers and one 64 KiB read buffer. It
   * goes over a blocking TLS socket ({@link BlockingHttpsGet}) with the same trust, headers,
   * redirects and retries as every other call: snapshots are gigabytes, and {@code java.net.http}'s
   * asynchronous plumbing would double the CPU their TLS costs.
   */
  InputStream stream(BaoRequest request) {
    if (!request.method().equals("GET") || request.body() != null) {
      throw new IllegalArgumentException("only GETs without a body are streamed");
    }
    Answer<InputStream> response = send(request, this::sendStreaming, this::close);
    int status = response.status();
    if (status >= 200 && status < 300) {
      return response.body();
    }
    byte[] error;
    try (InputStream body = response.body()) {
      error = body.readNBytes(ERROR_BODY_LIMIT);
    } catch (IOException e) {
      error = new byte[0];
    }
    throw BaoErrors.toException(request.describe(), status, error);
  }

  private Answer<byte[]> sendBuffered(BaoEndpoint target, BaoRequest request)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        clients(target).http().send(httpRequest(target, request), BodyHandlers.ofByteArray());
    return new Answer<>(
        response.statusCode(), response.headers().firstValue("Location"), response.body());
  }

  private Answer<InputStream> sendStreaming(BaoEndpoint target, BaoRequest request)
      throws IOException {
    BlockingHttpsGet.Response response =
        BlockingHttpsGet.send(
            target, clients(target).tls(), settings, headers(request), request.pathAndQuery());
    return new Answer<>(response.status(), response.header("Location"), response.body());
  }

  private <T> Answer<T> send(BaoRequest request, Transport<T> transport, Consumer<T> discard) {
    BaoEndpoint target = endpoint;
    BaoRequest current = request;
    for (int hop = 0; ; hop++) {
      Answer<T> response = sendWithRetries(target, current, transport);
      Optional<String> location = response.location();
      if (response.status() != 307 || location.isEmpty() || hop == MAX_REDIRECTS) {
        return response;
      }
      discard.accept(response.body());
      // A standby names the active node's api_addr; the resolver maps it to where we connect.
      URI advertised = target.resolve(current.path()).resolve(location.get());
      target = resolver.resolve(advertised);
      current = current.redirectedTo(advertised.getRawPath(), advertised.getRawQuery());
    }
  }

  private <T> Answer<T> sendWithRetries(
      BaoEndpoint target, BaoRequest request, Transport<T> transport) {
    int attempts = request.idempotent() ? settings.readAttempts() : 1;
    for (int attempt = 1; ; attempt++) {
      try {
        return transport.send(target, request);
      } catch (SSLHandshakeException e) {
        // A certificate that does not verify will not verify on the next attempt either.
        throw failure(target, request, attempt, e);
      } catch (IOException e) {
        if (attempt >= attempts) {
          throw failure(target, request, attempt, e);
        }
        pauseBeforeRetry(target, request, attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BaoConnectionException(request.describe() + " was interrupted", e);
      }
    }
  }

  private void pauseBeforeRetry(BaoEndpoint target, BaoRequest request, int attempt) {
    try {
      Thread.sleep(settings.retryDelay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BaoConnectionException(
          request.describe() + " to " + target.address() + " was interrupted after " + attempt, e);
    }
  }

  private static BaoConnectionException failure(
      BaoEndpoint target, BaoRequest request, int attempts, IOException cause) {
    return new BaoConnectionException(
        request.describe()
            + " to "
            + target.address()
            + " (expecting "
            + target.serverName()
            + ") failed after "
            + attempts
            + (attempts == 1 ? " attempt: " : " attempts: ")
            + cause,
        cause);
  }

  private HttpRequest httpRequest(BaoEndpoint target, BaoRequest request) {
    BaoRequest.Body body = request.body();
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(target.resolve(request.pathAndQuery()))
            .timeout(
                body != null && body.bulk()
                    ? settings.transferTimeout()
                    : settings.requestTimeout());
    headers(request).forEach(builder::header);
    if (body == null) {
      builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      builder.header("Content-Type", body.contentType());
      builder.method(request.method(), body.publisher().get());
    }
    return builder.build();
  }

  /** The headers every call sends, whichever transport carries it. */
  private Map<String, String> headers(BaoRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Vault-Request", "true");
    if (noRequestForwarding) {
      headers.put("X-Vault-No-Request-Forwarding", "true");
    }
    if (request.token() != null) {
      headers.put("X-Vault-Token", request.token().reveal());
    }
    return headers;
  }

  private Clients clients(BaoEndpoint target) {
    return clients.computeIfAbsent(
        target,
        key -> {
          SSLContext context = BaoTls.context(caPem, key.serverName());
          HttpClient http =
              HttpClient.newBuilder()
                  .version(HttpClient.Version.HTTP_1_1)
                  .connectTimeout(settings.connectTimeout())
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .sslContext(context)
                  .sslParameters(BaoTls.parameters(context, key.serverName()))
                  .build();
          return new Clients(context, http);
        });
  }

  private void close(InputStream body) {
    try {
      body.close();
    } catch (IOException e) {
      // The redirect target is contacted next; a failed close of the old body changes nothing.
    }
  }

  @Override
  public String toString() {
    return "BaoConnection[" + endpoint + "]";
  }
}
