package org.baoflow.lane.sim.bao.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.baoflow.lane.sim.LaneTiming;
import org.baoflow.lane.sim.bao.BaoNetwork;
import org.baoflow.lane.sim.bao.LogicalBackend;
import org.baoflow.lane.sim.bao.MutableClock;
import org.baoflow.lane.sim.bao.NodeEnvironment;
import org.baoflow.lane.sim.bao.NodeIdentity;
import org.baoflow.lane.sim.bao.NodeStorage;
import org.baoflow.lane.sim.bao.SimNode;
import org.baoflow.lane.sim.bao.seal.AesGcm;
import org.baoflow.lane.sim.bao.seal.Seal;
import org.baoflow.lane.sim.bao.seal.StaticKey;
import org.baoflow.lane.sim.bao.seal.StaticSeal;

/**
 * Simulated nodes served over TLS on loopback, a hand-moved clock and a client that trusts them.
 */
final class NodeFixture implements AutoCloseable {
  private static final LaneTiming FAST = LaneTiming.fast();

  static final LaneTiming TIMING =
      new LaneTiming(
          Duration.ofSeconds(1),
          Duration.ofSeconds(10),
          Duration.ofSeconds(5),
          FAST.autoUnsealRetry(),
          FAST.probePeriod(),
          FAST.crashBackOff(),
          FAST.crashBackOffMax());
  static final TestCertificates CERTIFICATES = TestCertificates.issue();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The static seal every node of the fixture shares, as one Secret would give them. */
  static final Seal SEAL = StaticSeal.of(new StaticKey("lane-1", AesGcm.newKey()));

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
  final NodeEnvironment environment;
  private final HttpClient client =
      HttpClient.newBuilder()
          .sslContext(CERTIFICATES.clientContext())
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final List<BaoServer> servers = new ArrayList<>();

  /** Nodes serving no secret engine. */
  NodeFixture() {
    this(LogicalBackend.NONE);
  }

  /** Nodes serving secret engines through {@code backend}. */
  NodeFixture(LogicalBackend backend) {
    environment = NodeEnvironment.of(new BaoNetwork(), clock, TIMING).withBackend(backend);
  }

  /** A node, its storage, and the server currently answering for it. */
  record Node(SimNode sim, NodeStorage storage, BaoServer server) {}

  Node start(String nodeId) {
    return start(nodeId, new NodeStorage());
  }

  /** Starts node {@code nodeId} on {@code storage}, as a pod restarted on its volume would be. */
  Node start(String nodeId, NodeStorage storage) {
    return start(nodeId, storage, SEAL);
  }

  /** Starts node {@code nodeId} on {@code storage} with its own {@code seal}. */
  Node start(String nodeId, NodeStorage storage, Seal seal) {
    SimNode node =
        new SimNode(
            new NodeIdentity(
                nodeId, "https://" + nodeId + ".bao-internal:8200", nodeId + ".bao-internal:8201"),
            seal,
            storage,
            environment,
            NodeFixture::noNetwork);
    node.start();
    BaoServer server =
        BaoServer.start(node, CERTIFICATES.serverCertificatePem(), CERTIFICATES.serverKeyPem());
    servers.add(server);
    return new Node(node, storage, server);
  }

  private static JsonNode noNetwork(String url, String caPem) throws IOException {
    throw new IOException("the fixture's nodes reach no network: " + url);
  }

  /** Stops the node's process and its server; the storage stays. */
  void stop(Node node) {
    node.sim().stop();
    node.server().close();
  }

  Response send(Node node, String method, String path, String body, String... headers) {
    return send(node.server().uri(), method, path, body, headers);
  }

  /** A request to whatever listens on the loopback {@code port}, e.g. a launched node. */
  Response send(int port, String method, String path, String body, String... headers) {
    return send(URI.create("https://127.0.0.1:" + port), method, path, body, headers);
  }

  private Response send(URI base, String method, String path, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/v1/" + path))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request with a binary body (or none) whose answer is kept as bytes, as snapshots are. */
  HttpResponse<byte[]> binary(
      Node node, String method, String path, byte[] body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(node.server().uri() + "/v1/" + path))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A GET that gives up after {@code timeout}, as a client with a short request timeout does.
   *
   * @throws java.net.http.HttpTimeoutException when no answer came in time
   */
  HttpResponse<String> getWithin(Node node, String path, Duration timeout)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(node.server().uri() + "/v1/" + path))
            .timeout(timeout)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  Response get(Node node, String path, String... headers) {
    return send(node, "GET", path, null, headers);
  }

  Response post(Node node, String path, String body, String... headers) {
    return send(node, "POST", path, body, headers);
  }

  /** A received answer and its parsed JSON body (null for an empty one). */
  record Response(HttpResponse<String> raw) {
    int status() {
      return raw.statusCode();
    }

    JsonNode json() {
      try {
        return raw.body().isEmpty() ? null : MAPPER.readTree(raw.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public void close() {
    servers.forEach(BaoServer::close);
  }
}
