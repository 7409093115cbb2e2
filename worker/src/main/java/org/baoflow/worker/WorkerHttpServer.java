package org.baoflow.worker;

import com.codahale.metrics.MetricRegistry;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.baoflow.worker.metrics.PrometheusTextFormat;

/**
 * The worker's HTTP endpoints for Kubernetes and Prometheus: {@code /metrics} (the registry in
 * Prometheus text format), {@code /healthz} (200 while the process serves at all) and {@code
 * /readyz} (200 or 503 with the {@link Readiness} reason).
 */
public final class WorkerHttpServer implements AutoCloseable {
  private static final String TEXT = "text/plain; charset=utf-8";

  private final HttpServer server;
  private final ExecutorService executor;

  private WorkerHttpServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Serves on all interfaces at {@code port} (0 for a free one). */
  public static WorkerHttpServer start(
      int port, MetricRegistry metrics, Supplier<Readiness> readiness) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot serve HTTP on port " + port + ": free it or set " + WorkerConfig.HTTP_PORT, e);
    }
    server.createContext(
        "/metrics",
        getOnly(
            exchange ->
                respond(
                    exchange,
                    200,
                    PrometheusTextFormat.CONTENT_TYPE,
                    PrometheusTextFormat.render(metrics))));
    server.createContext("/healthz", getOnly(exchange -> respond(exchange, 200, TEXT, "ok\n")));
    server.createContext(
        "/readyz",
        getOnly(
            exchange -> {
              Readiness now = readiness.get();
              respond(exchange, now.ready() ? 200 : 503, TEXT, now.reason() + "\n");
            }));
    // Two threads: a slow scrape must not hold up a probe.
    ExecutorService executor = Executors.newFixedThreadPool(2, WorkerHttpServer::daemon);
    server.setExecutor(executor);
    server.start();
    return new WorkerHttpServer(server, executor);
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops serving at once; probes then fail to connect, which Kubernetes reads as down. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static HttpHandler getOnly(HttpHandler handler) {
    return exchange -> {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        if (!path.equals(exchange.getHttpContext().getPath())) {
          respond(exchange, 404, TEXT, "not found\n");
        } else if (!exchange.getRequestMethod().equals("GET")) {
          exchange.getResponseHeaders().set("Allow", "GET");
          respond(exchange, 405, TEXT, "only GET\n");
        } else {
          handler.handle(exchange);
        }
      }
    };
  }

  private static void respond(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "baoflow-worker-http");
    thread.setDaemon(true);
    return thread;
  }
}
