package org.baoflow.lane.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.baoflow.activities.bao.BaoEndpoint;
import org.baoflow.lane.sim.tls.TlsContexts;

/**
 * The snapshot GET over a plain blocking {@link SSLSocket} instead of {@code java.net.http}: the
 * same TLS (the node's certificate verified against its CA and its DNS name), to tell the cost of
 * TLS itself from the cost of the HTTP client's asynchronous plumbing. It counts the raw response,
 * chunk framing included, and asks the server to close the connection after it.
 */
final class BlockingTlsRead {

  private BlockingTlsRead() {}

  /** Reads one snapshot; returns the response's byte count, headers and framing included. */
  static long read(BaoEndpoint node, String caPem, String token) throws IOException {
    int port = node.address().getPort();
    try (Socket plain = new Socket(node.address().getHost(), port);
        SSLSocket tls =
            (SSLSocket)
                TlsContexts.trusting(caPem)
                    .getSocketFactory()
                    .createSocket(plain, node.serverName(), port, true)) {
      SSLParameters parameters = tls.getSSLParameters();
      parameters.setServerNames(List.of(new SNIHostName(node.serverName())));
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      tls.setSSLParameters(parameters);
      OutputStream request = tls.getOutputStream();
      request.write(
          ("GET /v1/sys/storage/raft/snapshot HTTP/1.1\r\nHost: "
                  + node.serverName()
                  + "\r\nX-Vault-Token: "
                  + token
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      request.flush();
      InputStream response = tls.getInputStream();
      byte[] sink = new byte[64 * 1024];
      long total = 0;
      for (int n = response.read(sink); n >= 0; n = response.read(sink)) {
        total += n;
      }
      return total;
    }
  }
}
