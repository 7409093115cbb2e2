package org.baoflow.lane.sim.bao.transit;

import java.util.List;
import javax.net.ssl.SSLContext;
import org.baoflow.lane.sim.tls.LaneCertificateAuthority;
import org.baoflow.lane.sim.tls.PemPair;
import org.baoflow.lane.sim.tls.TlsContexts;

/**
 * The infra server's own CA and a server certificate for its host name, as a real infrastructure
 * cluster has: nodes trust the CA through their seal stanza's {@code tls_ca_cert}.
 *
 * @param caPem the CA certificate, PEM
 * @param server the TLS context presenting the server certificate
 */
record InfraCertificates(String caPem, SSLContext server) {

  static InfraCertificates issue(String hostName) {
    LaneCertificateAuthority ca = LaneCertificateAuthority.create("lane transit infra CA");
    PemPair certificate = ca.issueServer(List.of(hostName));
    return new InfraCertificates(
        ca.certificatePem(),
        TlsContexts.server(certificate.certificateChainPem(), certificate.privateKeyPem()));
  }
}
