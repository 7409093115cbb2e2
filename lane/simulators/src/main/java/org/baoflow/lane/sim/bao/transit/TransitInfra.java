package org.baoflow.lane.sim.bao.transit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.seal.TransitKeyName;
import org.baoflow.lane.sim.bao.seal.TransitKeyRing;

/**
 * The infra cluster's OpenBao as the lane's transit-sealed nodes see it: an HTTPS server on a
 * loopback port with its own CA and a certificate for its host name, serving the Transit engine
 * over a {@link TransitKeyRing}. The lane publishes {@link #hostName()} at {@link #PORT} to the pod
 * network by resolving it to {@link #socket()}; nodes reach it at {@link #address()} and trust
 * {@link #caPem()}. Tests can make it refuse connections or answer 503 as a sealed server would.
 */
public final class TransitInfra implements AutoCloseable {

  /** The port nodes address it at, OpenBao's default; the loopback socket differs. */
  public static final int PORT = 8200;

  private static final Set<Capability> SEAL_POLICY = Set.of(Capability.UPDATE);

  private final String hostName;
  private final InfraCertificates certificates;
  private final InfraTokens tokens;
  private final TransitEngine engine;
  private final ExecutorService executor;
  private final int loopbackPort;
  private HttpsServer server;
  private volatile boolean sealed;

  private TransitInfra(
      String hostName,
      InfraCertificates certificates,
      InfraTokens tokens,
      TransitEngine engine,
      ExecutorService executor) {
    this.hostName = hostName;
    this.certificates = certificates;
    this.tokens = tokens;
    this.engine = engine;
    this.executor = executor;
    this.server = listen(0);
    this.loopbackPort = server.getAddress().getPort();
  }

  /** Starts an infra server for {@code hostName} with a key ring of its own. */
  public static TransitInfra start(String hostName) {
    return start(hostName, new TransitKeyRing());
  }

  /**
   * Starts an infra server for {@code hostName} over {@code ring}. Its keys are named with {@link
   * #address()}, so a test's in-process transit seal on the same ring and address reads the blobs
   * the HTTPS seals write, and the other way round.
   */
  public static TransitInfra start(String hostName, TransitKeyRing ring) {
    String address = "https://" + hostName + ":" + PORT;
    InfraTokens tokens = new InfraTokens();
    ExecutorService executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "transit-infra-" + hostName);
              thread.setDaemon(true);
              return thread;
            });
    return new TransitInfra(
        hostName,
        InfraCertificates.issue(hostName),
        tokens,
        new TransitEngine(address, ring, tokens, Clock.systemUTC()),
        executor);
  }

  /** The DNS name its certificate is for. */
  public String hostName() {
    return hostName;
  }

  /** What a node's {@code address} names: {@code https://<hostName>:8200}. */
  public String address() {
    return "https://" + hostName + ":" + PORT;
  }

  /** The loopback socket {@code hostName:8200} must resolve to. */
  public InetSocketAddress socket() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), loopbackPort);
  }

  /** Its CA certificate, PEM: the content of the node's {@code tls_ca_cert} file. */
  public String caPem() {
    return certificates.caPem();
  }

  /** A token allowed everything, for operator calls over HTTPS. */
  public String rootToken() {
    return tokens.rootToken();
  }

  /** Mounts Transit at {@code mount} if needed and creates the key; returns the ring's name. */
  public TransitKeyName createKey(String mount, String key) {
    TransitKeyName name = engine.keyName(mount, key);
    engine.createKey(name);
    return name;
  }

  /** Rotates an existing key; returns its new latest version. */
  public int rotateKey(String mount, String key) {
    return engine.rotate(engine.keyName(mount, key));
  }

  /**
   * A token with the seal policy for the key: {@code update} on {@code <mount>/encrypt/<key>} and
   * {@code <mount>/decrypt/<key>}, nothing else.
   */
  public String issueToken(String mount, String key) {
    TransitKeyName name = engine.keyName(mount, key);
    String prefix = name.mountPath() + "/";
    return tokens.issue(
        Set.of(prefix + "encrypt/" + name.keyName(), prefix + "decrypt/" + name.keyName()),
        SEAL_POLICY);
  }

  /** From now on connections to {@link #socket()} are refused, as when the server is down. */
  public synchronized void refuseConnections() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  /** From now on every request gets 503 {@code Vault is sealed}, as from a sealed server. */
  public void answerSealed() {
    sealed = true;
  }

  /** Serves again, on the same loopback port, after {@link #refuseConnections} or a seal. */
  public synchronized void restore() {
    sealed = false;
    if (server == null) {
      server = listen(loopbackPort);
    }
  }

  @Override
  public synchronized void close() {
    refuseConnections();
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private HttpsServer listen(int port) {
    try {
      HttpsServer https =
          HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      https.setHttpsConfigurator(new HttpsConfigurator(certificates.server()));
      https.createContext("/", this::dispatch);
      https.setExecutor(executor);
      https.start();
      return https;
    } catch (BindException e) {
      throw new UncheckedIOException("loopback port " + port + " of " + hostName + " is taken", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the transit infra server " + hostName, e);
    }
  }

  private void dispatch(HttpExchange exchange) {
    try {
      write(exchange, answer(exchange));
    } catch (RuntimeException e) {
      write(exchange, BaoResponse.error(500, List.of("internal error")));
    } finally {
      exchange.close();
    }
  }

  private BaoResponse answer(HttpExchange exchange) {
    if (sealed) {
      return BaoResponse.error(503, List.of("Vault is sealed"));
    }
    String path = exchange.getRequestURI().getPath();
    if (!path.startsWith("/v1/")) {
      return BaoResponse.notFound();
    }
    Capability operation;
    try {
      String query = Optional.ofNullable(exchange.getRequestURI().getQuery()).orElse("");
      operation = Capability.ofHttp(exchange.getRequestMethod(), query.contains("list=true"));
    } catch (IllegalArgumentException e) {
      return BaoResponse.unsupported();
    }
    JsonNode body;
    try {
      body = body(exchange);
    } catch (JsonProcessingException e) {
      return BaoResponse.badRequest("failed to parse JSON input: " + e.getOriginalMessage());
    }
    if (!(body instanceof ObjectNode data)) {
      return BaoResponse.badRequest("failed to parse JSON input: the body is not a JSON object");
    }
    return engine.handle(new BaoRequest(operation, path.substring(4), token(exchange), data));
  }

  /** The JSON body; an empty body is an empty object, as OpenBao reads it. */
  private static JsonNode body(HttpExchange exchange) throws JsonProcessingException {
    try {
      JsonNode parsed = Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
      return parsed == null || parsed.isMissingNode() ? Json.object() : parsed;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code X-Vault-Token}, else an {@code Authorization: Bearer} token, else {@code null}. */
  private static String token(HttpExchange exchange) {
    String token = exchange.getRequestHeaders().getFirst("X-Vault-Token");
    if (token != null && !token.isEmpty()) {
      return token;
    }
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return authorization.substring(7).trim();
    }
    return null;
  }

  private static void write(HttpExchange exchange, BaoResponse response) {
    try {
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      if (response.body() == null) {
        exchange.sendResponseHeaders(response.status(), -1);
        return;
      }
      byte[] bytes = Json.MAPPER.writeValueAsBytes(response.body());
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(response.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException e) {
      // The client went away; there is nobody left to answer.
    }
  }
}
