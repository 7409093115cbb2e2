package org.baoflow.activities.bao;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.StandardConstants;
import org.baoflow.activities.pki.CertificateAuthority;
import org.baoflow.activities.pki.IssuedCertificate;
import org.baoflow.activities.pki.PemCodec;
import org.baoflow.activities.pki.SubjectAltNames;
import org.baoflow.lane.sim.tls.TlsContexts;

/**
 * An HTTPS server on 127.0.0.1 presenting a certificate our PKI issued for a pod name; it answers
 * scripted status codes and bodies per {@code METHOD path} and records every request, the SNI it
 * was offered and the TLS protocol used.
 */
final class FakeBao implements AutoCloseable {

  /** Handles one exchange itself (streams, redirects, hangs). */
  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final HttpsServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final Map<String, Handler> streamingRoutes = new ConcurrentHashMap<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final List<String> serverNames = new CopyOnWriteArrayList<>();
  private final List<String> protocols = new CopyOnWriteArrayList<>();

  private FakeBao(HttpsServer server) {
    this.server = server;
  }

  /** Starts a server whose certificate, issued by {@code authority}, names {@code podName}. */
  static FakeBao start(CertificateAuthority authority, String podName) throws Exception {
    Instant now = Instant.now();
    IssuedCertificate certificate =
        authority.issueServerCertificate(
            "dev", "openbao", new SubjectAltNames(List.of(podName), List.of()), now);
    SSLContext context =
        TlsContexts.server(
            PemCodec.encodeCertificates(
                List.of(certificate.certificate(), authority.certificate())),
            PemCodec.encodePrivateKey(certificate.privateKey()));

    HttpsServer server =
        HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    FakeBao fake = new FakeBao(server);
    server.setHttpsConfigurator(
        new HttpsConfigurator(context) {
          @Override
          public void configure(HttpsParameters parameters) {
            SSLParameters ssl = context.getDefaultSSLParameters();
            ssl.setSNIMatchers(List.of(fake.recordingSniMatcher()));
            parameters.setSSLParameters(ssl);
          }
        });
    server.createContext("/", fake::dispatch);
    server.setExecutor(fake.threads);
    server.start();
    return fake;
  }

  URI address() {
    return URI.create("https://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Answers {@code METHOD path} with {@code status} and the JSON {@code body} (null: none). */
  void reply(String method, String path, int status, String body) {
    handle(method, path, exchange -> send(exchange, status, body));
  }

  /** Answers with the test resource {@code bao/<resource>}. */
  void replyWithResource(String method, String path, int status, String resource) {
    reply(method, path, status, resource(resource));
  }

  /** Handles {@code METHOD path}; the recorded request carries the body. */
  void handle(String method, String path, Handler handler) {
    routes.put(method + " " + path, handler);
  }

  /** Handles {@code METHOD path} with a handler that reads the request body itself. */
  void stream(String method, String path, Handler handler) {
    streamingRoutes.put(method + " " + path, handler);
  }

  /** Forgets routes and recorded requests, so one server can serve a whole test class. */
  void reset() {
    routes.clear();
    streamingRoutes.clear();
    requests.clear();
    serverNames.clear();
    protocols.clear();
  }

  List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  RecordedRequest onlyRequest() {
    if (requests.size() != 1) {
      throw new AssertionError("expected one request, got " + requests.size());
    }
    return requests.get(0);
  }

  List<String> serverNames() {
    return List.copyOf(serverNames);
  }

  List<String> protocols() {
    return List.copyOf(protocols);
  }

  static String resource(String name) {
    try (InputStream in = FakeBao.class.getResourceAsStream("/bao/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource bao/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void send(HttpExchange exchange, int status, String body) throws IOException {
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    if (body == null) {
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      return;
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    try {
      protocols.add(((HttpsExchange) exchange).getSSLSession().getProtocol());
      URI uri = exchange.getRequestURI();
      String route = exchange.getRequestMethod() + " " + uri.getRawPath();
      Handler streaming = streamingRoutes.get(route);
      Handler handler = streaming != null ? streaming : routes.get(route);
      Map<String, List<String>> headers = new TreeMap<>();
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
      byte[] body = streaming != null ? new byte[0] : exchange.getRequestBody().readAllBytes();
      requests.add(
          new RecordedRequest(
              exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers, body));
      if (handler == null) {
        send(exchange, 404, "{\"errors\":[]}");
      } else {
        handler.handle(exchange);
      }
    } finally {
      exchange.close();
    }
  }

  private SNIMatcher recordingSniMatcher() {
    return new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
      @Override
      public boolean matches(SNIServerName name) {
        serverNames.add(((SNIHostName) name).getAsciiName());
        return true;
      }
    };
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
