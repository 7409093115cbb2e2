package org.baoflow.lane.sim.pod;

import java.util.List;
import org.baoflow.lane.sim.tls.LaneCertificateAuthority;
import org.baoflow.lane.sim.tls.PemPair;

/** A server certificate for 127.0.0.1 from a throwaway lane CA and its key, for the fake nodes. */
record TestTls(String certificatePem, String keyPem) {

  static TestTls selfSigned() {
    PemPair pair =
        LaneCertificateAuthority.create("lane pod test CA").issueServer(List.of("127.0.0.1"));
    return new TestTls(pair.certificateChainPem(), pair.privateKeyPem());
  }
}
