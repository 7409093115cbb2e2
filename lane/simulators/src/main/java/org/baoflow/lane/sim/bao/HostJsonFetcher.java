package org.baoflow.lane.sim.bao;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import javax.net.ssl.SSLSocket;
import org.baoflow.lane.sim.bao.auth.JsonFetcher;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.tls.TlsContexts;

/**
 * A node's JWT auth fetching OIDC discovery documents and JWKS: a real HTTPS GET to the address the
 * URL's host resolves to in the node's container, verifying the certificate against the CA given
 * and the URL's host name.
 */
public final class HostJsonFetcher implements JsonFetcher {
  private final NodeHost host;

  public HostJsonFetcher(NodeHost host) {
    this.host = host;
  }

  @Override
  public JsonNode fetch(String url, String caPem) throws IOException {
    URI uri = URI.create(url);
    if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IOException("unsupported URL " + url);
    }
    int port = uri.getPort() < 0 ? 443 : uri.getPort();
    InetSocketAddress address =
        host.resolve(uri.getHost(), port)
            .orElseThrow(
                () -> new IOException("dial tcp: lookup " + uri.getHost() + ": no such host"));
    String target =
        (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    try (SSLSocket socket = HostTls.dial(address, uri.getHost(), TlsContexts.trusting(caPem))) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + target
                  + " HTTP/1.1\r\nHost: "
                  + uri.getHost()
                  + (uri.getPort() < 0 ? "" : ":" + port)
                  + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return parse(url, socket.getInputStream().readAllBytes());
    }
  }

  private static JsonNode parse(String url, byte[] response) throws IOException {
    String text = new String(response, StandardCharsets.ISO_8859_1);
    int headerEnd = text.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
      throw new IOException("malformed HTTP response from " + url);
    }
    String[] head = text.substring(0, headerEnd).split("\r\n");
    String[] statusLine = head[0].split(" ", 3);
    if (statusLine.length < 2 || !statusLine[1].equals("200")) {
      throw new IOException("unexpected status from " + url + ": " + head[0]);
    }
    boolean chunked =
        Arrays.stream(head)
            .map(line -> line.toLowerCase(Locale.ROOT))
            .anyMatch(line -> line.startsWith("transfer-encoding:") && line.contains("chunked"));
    byte[] body = Arrays.copyOfRange(response, headerEnd + 4, response.length);
    return Json.MAPPER.readTree(chunked ? dechunk(body) : body);
  }

  private static byte[] dechunk(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int lineEnd = indexOfCrLf(body, at);
      if (lineEnd < 0) {
        throw new IOException("malformed chunked body");
      }
      String sizeText = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII);
      int size = Integer.parseInt(sizeText.split(";")[0].trim(), 16);
      if (size == 0) {
        return out.toByteArray();
      }
      out.write(body, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
  }

  private static int indexOfCrLf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
