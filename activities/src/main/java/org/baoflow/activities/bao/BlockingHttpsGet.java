package org.baoflow.activities.bao;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 {@code GET} over a blocking {@link SSLSocket}, its body read as a stream straight
 * from the socket. Why not {@code java.net.http}: its asynchronous TLS plumbing costs about twice
 * the CPU of the TLS itself on a multi-gigabyte snapshot download (docs/performance.md, Backups).
 *
 * <p>The TLS is the {@link BaoConnection}'s: {@code context} trusts the cluster CA only and checks
 * the endpoint's server name ({@link ServerNameTrustManager}), which is also sent as SNI, whatever
 * address the socket connects to. The request asks the server to close the connection after the
 * answer, so every call has a socket of its own and closing the body closes it.
 */
final class BlockingHttpsGet {

  /** Status line plus headers; OpenBao's are a few hundred bytes. */
  private static final int HEAD_LIMIT = 64 * 1024;

  private static final int BUFFER = 64 * 1024;

  /**
   * The answer's status, headers (names lower case, first value) and body; the caller closes the
   * body, which closes the connection.
   */
  record Response(int status, Map<String, String> headers, InputStream body) {

    Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
  }

  private BlockingHttpsGet() {}

  /**
   * Connects to {@code target}, sends {@code GET pathAndQuery} with {@code headers} and reads the
   * status line and headers. {@code settings}' connect timeout bounds the TCP connect and the
   * handshake, its request timeout every wait for data: for the headers and for each read of the
   * body.
   */
  static Response send(
      BaoEndpoint target,
      SSLContext context,
      BaoClientSettings settings,
      Map<String, String> headers,
      String pathAndQuery)
      throws IOException {
    byte[] request = request(target, headers, pathAndQuery);
    Socket plain = new ReadAheadSocket(BUFFER);
    try {
      String host = target.address().getHost();
      int port = port(target);
      plain.connect(new InetSocketAddress(host, port), timeoutMillis(settings.connectTimeout()));
      plain.setSoTimeout(timeoutMillis(settings.connectTimeout()));
      SSLSocket tls =
          (SSLSocket)
              context.getSocketFactory().createSocket(plain, target.serverName(), port, true);
      tls.setSSLParameters(BaoTls.parameters(context, target.serverName()));
      tls.startHandshake();
      tls.setSoTimeout(timeoutMillis(settings.requestTimeout()));
      OutputStream out = tls.getOutputStream();
      out.write(request);
      out.flush();
      InputStream in = new BufferedInputStream(tls.getInputStream(), BUFFER);
      Head head = readHead(in);
      while (head.status() >= 100 && head.status() < 200) {
        // An interim answer (100 Continue) precedes the real one.
        head = readHead(in);
      }
      return new Response(head.status(), head.headers(), new SocketBody(body(head, in), tls));
    } catch (IOException | RuntimeException e) {
      plain.close();
      throw e;
    }
  }

  private static byte[] request(
      BaoEndpoint target, Map<String, String> headers, String pathAndQuery) {
    StringBuilder request = new StringBuilder();
    request.append("GET ").append(pathAndQuery).append(" HTTP/1.1\r\n");
    request.append("Host: ").append(target.address().getRawAuthority()).append("\r\n");
    headers.forEach(
        (name, value) -> {
          if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            // The value may be a token: name the header, never show the value.
            throw new IllegalArgumentException("the " + name + " header holds a line break");
          }
          request.append(name).append(": ").append(value).append("\r\n");
        });
    request.append("Connection: close\r\n\r\n");
    return request.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static int port(BaoEndpoint target) {
    int port = target.address().getPort();
    return port == -1 ? 443 : port;
  }

  private static int timeoutMillis(Duration timeout) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
  }

  private record Head(int status, Map<String, String> headers) {}

  private static Head readHead(InputStream in) throws IOException {
    Limit limit = new Limit(HEAD_LIMIT);
    String statusLine = readLine(in, limit);
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[0-9]{3}")) {
      throw new ProtocolException("not an HTTP/1.x status line: " + printable(statusLine));
    }
    Map<String, String> headers = new TreeMap<>();
    for (String line = readLine(in, limit); !line.isEmpty(); line = readLine(in, limit)) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new ProtocolException("a malformed header line: " + printable(line));
      }
      headers.putIfAbsent(
          line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).trim());
    }
    return new Head(Integer.parseInt(parts[1]), headers);
  }

  /** The body as its framing says: chunked, a Content-Length, none, or up to the close. */
  private static InputStream body(Head head, InputStream in) throws IOException {
    String encoding = head.headers().get("transfer-encoding");
    String length = head.headers().get("content-length");
    if (head.status() == 204 || head.status() == 304) {
      return InputStream.nullInputStream();
    }
    if (encoding != null) {
      if (!encoding.toLowerCase(Locale.ROOT).endsWith("chunked")) {
        throw new ProtocolException("an unsupported Transfer-Encoding: " + printable(encoding));
      }
      return new ChunkedBody(in);
    }
    if (length != null) {
      if (!length.matches("[0-9]{1,18}")) {
        throw new ProtocolException("a malformed Content-Length: " + printable(length));
      }
      return new FixedLengthBody(in, Long.parseLong(length));
    }
    // We asked for Connection: close, so the end of the stream ends the body.
    return in;
  }

  /** Counts the bytes of a response head, so a server cannot make us buffer without end. */
  private static final class Limit {
    private int left;

    Limit(int left) {
      this.left = left;
    }

    void take() throws ProtocolException {
      if (--left < 0) {
        throw new ProtocolException("the response head exceeds " + HEAD_LIMIT + " bytes");
      }
    }
  }

  /** One CRLF-terminated line (a bare LF is accepted), without its terminator. */
  private static String readLine(InputStream in, Limit limit) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("the connection closed within the response head");
      }
      limit.take();
      line.write(b);
    }
    byte[] bytes = line.toByteArray();
    int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
  }

  /** A server's text in an exception message, cut short and without control characters. */
  private static String printable(String text) {
    String cut = text.length() > 80 ? text.substring(0, 80) + "..." : text;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }

  /** A body read in blocks; a single byte is a block of one. */
  private abstract static class BodyStream extends InputStream {
    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }
  }

  /** Exactly {@code length} bytes; an earlier end of the stream is an error, not an end. */
  private static final class FixedLengthBody extends BodyStream {
    private final InputStream in;
    private final long length;
    private long left;

    FixedLengthBody(InputStream in, long length) {
      this.in = in;
      this.length = length;
      this.left = length;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
      if (left == 0) {
        return -1;
      }
      if (count == 0) {
        return 0;
      }
      int n = in.read(buffer, offset, (int) Math.min(count, left));
      if (n < 0) {
        throw new EOFException(
            "the body ended after " + (length - left) + " of " + length + " bytes");
      }
      left -= n;
      return n;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(in.available(), left);
    }
  }

  /** Decodes {@code Transfer-Encoding: chunked}; chunk extensions and trailers are skipped. */
  private static final class ChunkedBody extends BodyStream {
    private final InputStream in;
    private long chunkLeft;
    private boolean done;

    ChunkedBody(InputStream in) {
      this.in = in;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
      if (count == 0) {
        return 0;
      }
      if (chunkLeft == 0 && !nextChunk()) {
        return -1;
      }
      int n = in.read(buffer, offset, (int) Math.min(count, chunkLeft));
      if (n < 0) {
        throw new EOFException("the connection closed within a chunk");
      }
      chunkLeft -= n;
      if (chunkLeft == 0) {
        expectLineEnd();
      }
      return n;
    }

    /** Reads the next chunk's size line; false once the last chunk and its trailers are read. */
    private boolean nextChunk() throws IOException {
      if (done) {
        return false;
      }
      String line = readLine(in, new Limit(HEAD_LIMIT));
      int extension = line.indexOf(';');
      String size = (extension < 0 ? line : line.substring(0, extension)).trim();
      if (!size.matches("[0-9a-fA-F]{1,15}")) {
        throw new ProtocolException("a malformed chunk size: " + printable(size));
      }
      chunkLeft = Long.parseLong(size, 16);
      if (chunkLeft > 0) {
        return true;
      }
      Limit trailers = new Limit(HEAD_LIMIT);
      while (!readLine(in, trailers).isEmpty()) {
        // Trailers carry nothing a snapshot read needs.
      }
      done = true;
      return false;
    }

    /** The CRLF after a chunk's data (a bare LF is accepted). */
    private void expectLineEnd() throws IOException {
      int b = in.read();
      if (b == '\r') {
        b = in.read();
      }
      if (b != '\n') {
        throw new ProtocolException("a chunk is longer than its size line says");
      }
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(in.available(), chunkLeft);
    }
  }

  /**
   * The body whose {@link #close()} closes the socket, read to its end or not: nothing of a
   * connection asked to close is worth draining.
   */
  private static final class SocketBody extends FilterInputStream {
    private final Socket socket;

    SocketBody(InputStream body, Socket socket) {
      super(body);
      this.socket = socket;
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
