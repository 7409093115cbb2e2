package org.baoflow.lane.sim.bao;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * TLS dials from inside a node's container: the socket goes to the loopback address a name resolved
 * to, while the certificate is checked against the CA given and the name the node meant.
 */
final class HostTls {
  private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
  private static final int READ_TIMEOUT_MILLIS = 10_000;

  private HostTls() {}

  /**
   * Connects to {@code address} and completes a handshake that verifies the certificate chain and
   * {@code serverName} (sent as SNI when it is a DNS name).
   */
  static SSLSocket dial(InetSocketAddress address, String serverName, SSLContext context)
      throws IOException {
    Socket plain = new Socket();
    try {
      plain.connect(address, CONNECT_TIMEOUT_MILLIS);
      plain.setSoTimeout(READ_TIMEOUT_MILLIS);
      SSLSocket tls =
          (SSLSocket)
              context.getSocketFactory().createSocket(plain, serverName, address.getPort(), true);
      SSLParameters parameters = tls.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      if (!serverName.matches("[0-9.]+|.*:.*")) {
        parameters.setServerNames(List.of(new SNIHostName(serverName)));
      }
      tls.setSSLParameters(parameters);
      tls.startHandshake();
      return tls;
    } catch (IOException | RuntimeException e) {
      plain.close();
      throw e;
    }
  }
}
