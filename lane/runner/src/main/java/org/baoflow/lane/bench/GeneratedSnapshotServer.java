package org.baoflow.lane.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.baoflow.activities.bao.BaoEndpoint;
import org.baoflow.activities.pki.CertificateAuthority;
import org.baoflow.activities.pki.IssuedCertificate;
import org.baoflow.activities.pki.PemCodec;
import org.baoflow.activities.pki.SubjectAltNames;
import org.baoflow.lane.sim.tls.TlsContexts;

/**
 * A simulated active node that only answers {@code GET /v1/sys/storage/raft/snapshot}, over HTTPS
 * with a certificate from a fresh CA of our PKI, streaming {@link #snapshotSize(long) N} generated
 * bytes chunked, as OpenBao streams a snapshot whose length it does not announce. The lane's
 * simulated OpenBao writes real snapshots of its storage, which cannot be made gigabytes large
 * without holding them; this one holds 64 KiB. It runs in {@link BenchServers}' process.
 */
final class GeneratedSnapshotServer implements AutoCloseable {

  static final String POD_NAME = "bench-0.bench.openbao.svc";
  private static final String SNAPSHOT_PATH = "/v1/sys/storage/raft/snapshot";
  private static final int CHUNK = 64 * 1024;

  private final HttpsServer server;
  private final ExecutorService threads;
  private final String caPem;
  private final long seed;
  private volatile long snapshotSize;

  private GeneratedSnapshotServer(
      HttpsServer server, ExecutorService threads, String caPem, long seed) {
    this.server = server;
    this.threads = threads;
    this.caPem = caPem;
    this.seed = seed;
  }

  /** Starts on a loopback port; snapshots are generated from {@code seed}. */
  static GeneratedSnapshotServer start(long seed) throws IOException {
    Instant now = Instant.now();
    CertificateAuthority authority = CertificateAuthority.create("bench", now);
    IssuedCertificate certificate =
        authority.issueServerCertificate(
            "bench", "openbao", new SubjectAltNames(List.of(POD_NAME), List.of()), now);
    HttpsServer server =
        HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(
        new HttpsConfigurator(
            TlsContexts.server(
                PemCodec.encodeCertificates(
                    List.of(certificate.certificate(), authority.certificate())),
                PemCodec.encodePrivateKey(certificate.privateKey()))));
    ExecutorService threads = Executors.newCachedThreadPool();
    GeneratedSnapshotServer snapshots =
        new GeneratedSnapshotServer(
            server, threads, PemCodec.encodeCertificates(List.of(authority.certificate())), seed);
    server.createContext(SNAPSHOT_PATH, snapshots::serve);
    server.setExecutor(threads);
    server.start();
    return snapshots;
  }

  /** Where our client connects, expecting {@link #POD_NAME}. */
  BaoEndpoint endpoint() {
    return new BaoEndpoint(
        URI.create("https://127.0.0.1:" + server.getAddress().getPort()), POD_NAME);
  }

  /** The CA the client trusts alone. */
  String caPem() {
    return caPem;
  }

  /** How many bytes the next snapshots have. */
  void snapshotSize(long bytes) {
    snapshotSize = bytes;
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      if (exchange.getRequestHeaders().getFirst("X-Vault-Token") == null) {
        exchange.sendResponseHeaders(403, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/gzip");
      exchange.sendResponseHeaders(200, 0);
      try (InputStream data = new GeneratedBytes(snapshotSize, seed);
          OutputStream body = exchange.getResponseBody()) {
        // Larger writes than transferTo's 8 KiB: fewer chunks and full TLS records.
        byte[] chunk = new byte[CHUNK];
        for (int read = data.read(chunk); read > 0; read = data.read(chunk)) {
          body.write(chunk, 0, read);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
