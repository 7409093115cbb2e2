package org.baoflow.lane.sim.bao.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.baoflow.lane.sim.tls.LaneCertificateAuthority;
import org.baoflow.lane.sim.tls.PemPair;
import org.baoflow.lane.sim.tls.TlsContexts;

/**
 * A test CA and a server certificate for 127.0.0.1 and {@code *.bao-internal} it signed, as PEM,
 * and a client trusting it.
 */
record TestCertificates(
    String serverCertificatePem, String serverKeyPem, SSLContext clientContext, String caPem) {

  static TestCertificates issue() {
    LaneCertificateAuthority ca = LaneCertificateAuthority.create("lane test CA");
    PemPair server = ca.issueServer(List.of("bao", "127.0.0.1", "*.bao-internal"));
    try {
      return new TestCertificates(
          server.certificateChainPem(),
          server.privateKeyPem(),
          TlsContexts.trusting(ca.certificatePem()),
          ca.certificatePem());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
