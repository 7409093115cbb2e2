package org.baoflow.lane.sim.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

/**
 * Pods reach the API server as {@code kubernetes.default.svc...} and verify it with their
 * service-account {@code ca.crt}: the lane's API server certificate must name it so.
 */
class ApiServerCertificateTest {

  @Test
  void podsVerifyTheApiServerByItsInClusterNames() throws Exception {
    for (String name :
        new String[] {"kubernetes.default.svc", "kubernetes.default.svc.cluster.local"}) {
      String answer = get(name, "/.well-known/openid-configuration");

      assertThat(answer).startsWith("HTTP/1.1 200").contains("\"jwks_uri\"");
    }
  }

  @Test
  void aNameTheCertificateDoesNotCarryIsRefused() {
    assertThatThrownBy(() -> get("openbao.example.com", "/version"))
        .isInstanceOf(SSLHandshakeException.class);
  }

  @Test
  void theClientConfigAndThePodsTrustTheSameCa() {
    String fromConfig =
        new String(
            java.util.Base64.getDecoder().decode(SharedLane.lane().clientConfig().getCaCertData()),
            StandardCharsets.US_ASCII);

    assertThat(fromConfig).isEqualTo(SharedLane.lane().caCertificatePem());
  }

  /** A GET over TLS to the lane port, verifying the certificate against {@code hostName}. */
  private static String get(String hostName, String path)
      throws IOException, GeneralSecurityException {
    LaneKubernetes lane = SharedLane.lane();
    try (Socket plain = new Socket(InetAddress.getLoopbackAddress(), lane.port());
        SSLSocket tls =
            (SSLSocket)
                LaneTrust.of(lane.clientConfig())
                    .getSocketFactory()
                    .createSocket(plain, hostName, lane.port(), true)) {
      SSLParameters parameters = tls.getSSLParameters();
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
      tls.setSSLParameters(parameters);
      OutputStream out = tls.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + hostName + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = tls.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
