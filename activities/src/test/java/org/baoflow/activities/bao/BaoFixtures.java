package org.baoflow.activities.bao;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.baoflow.activities.pki.CertificateAuthority;
import org.baoflow.activities.pki.PemCodec;

/** One cluster CA for the tests, the pod name the servers present and a recognisable token. */
final class BaoFixtures {

  static final String POD = "dev-0.dev.openbao.svc";
  static final String OTHER_POD = "dev-1.dev.openbao.svc";
  static final String TOKEN_VALUE = "hvs.TESTsecretTokenValue42";
  static final BaoToken TOKEN = BaoToken.of(TOKEN_VALUE);

  /** Issued for the real "now": the JDK validates certificates against the real clock. */
  static final CertificateAuthority CA = CertificateAuthority.create("dev", Instant.now());

  static final String CA_PEM = PemCodec.encodeCertificates(List.of(CA.certificate()));

  static final BaoClientSettings FAST =
      new BaoClientSettings(
          Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(60), 3, Duration.ZERO);

  private BaoFixtures() {}

  /** A connection to {@code server} expecting the pod name it was started with. */
  static BaoConnection connect(FakeBao server, String expectedName) {
    return BaoConnection.open(
        new BaoEndpoint(server.address(), expectedName),
        CA_PEM,
        FAST,
        BaoEndpointResolver.direct());
  }

  static BaoConnection connect(FakeBao server) {
    return connect(server, POD);
  }
}
