package org.baoflow.lane.sim.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * Terminates TLS on a loopback port with a certificate of our choosing and relays the plain bytes
 * to a backend on another loopback port: how a lane server whose own TLS cannot be configured (the
 * fabric8 mock API server generates a {@code CN=localhost} certificate) presents the names its
 * clients verify, such as {@code kubernetes.default.svc}.
 */
public final class TlsFrontend implements AutoCloseable {
  private static final int BUFFER = 16 * 1024;

  private final ServerSocket listener;
  private final int backendPort;
  private final ExecutorService relays;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

  private TlsFrontend(ServerSocket listener, int backendPort, ExecutorService relays) {
    this.listener = listener;
    this.backendPort = backendPort;
    this.relays = relays;
  }

  /** Listens on 127.0.0.1 at an ephemeral port, presenting {@code certificate}. */
  public static TlsFrontend start(PemPair certificate, int backendPort, String threadName) {
    SSLContext context =
        TlsContexts.server(certificate.certificateChainPem(), certificate.privateKeyPem());
    try {
      SSLServerSocket listener =
          (SSLServerSocket)
              context
                  .getServerSocketFactory()
                  .createServerSocket(0, 128, InetAddress.getLoopbackAddress());
      ExecutorService relays =
          Executors.newCachedThreadPool(
              task -> {
                Thread thread = new Thread(task, threadName);
                thread.setDaemon(true);
                return thread;
              });
      TlsFrontend frontend = new TlsFrontend(listener, backendPort, relays);
      relays.execute(frontend::accept);
      return frontend;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen for TLS on a loopback port", e);
    }
  }

  /** The port clients connect to. */
  public int port() {
    return listener.getLocalPort();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        relays.execute(() -> connect(client));
      } catch (IOException e) {
        // Closed: the loop ends.
      }
    }
  }

  private void connect(Socket client) {
    Socket backend = new Socket();
    open.add(client);
    open.add(backend);
    try {
      backend.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), backendPort));
      backend.setTcpNoDelay(true);
      client.setTcpNoDelay(true);
      relays.execute(() -> relay(backend, client));
      relay(client, backend);
    } catch (IOException e) {
      closeBoth(client, backend);
    }
  }

  /** Copies until either side ends, then closes both: HTTP needs no half-closed connections. */
  private void relay(Socket from, Socket to) {
    byte[] buffer = new byte[BUFFER];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (SocketException e) {
      // The other direction closed the sockets; nothing left to copy.
    } catch (IOException e) {
      // A broken connection ends like a closed one: the client sees it and retries.
    } finally {
      closeBoth(from, to);
    }
  }

  private void closeBoth(Socket first, Socket second) {
    close(first);
    close(second);
  }

  private void close(Socket socket) {
    open.remove(socket);
    try {
      socket.close();
    } catch (IOException e) {
      // Already broken; closing is all that was left to do.
    }
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException e) {
      // Closing a listener that fails to close leaves nothing else to release.
    }
    open.forEach(this::close);
    relays.shutdownNow();
  }
}
