package org.baoflow.activities.bao;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.baoflow.activities.pki.IssuedCertificate;
import org.baoflow.activities.pki.PemCodec;
import org.baoflow.activities.pki.SubjectAltNames;
import org.baoflow.lane.sim.LaneTiming;
import org.baoflow.lane.sim.bao.BaoNetwork;
import org.baoflow.lane.sim.bao.NodeEnvironment;
import org.baoflow.lane.sim.bao.NodeIdentity;
import org.baoflow.lane.sim.bao.NodeStorage;
import org.baoflow.lane.sim.bao.SimNode;
import org.baoflow.lane.sim.bao.http.BaoServer;
import org.baoflow.lane.sim.bao.seal.AesGcm;
import org.baoflow.lane.sim.bao.seal.Seal;
import org.baoflow.lane.sim.bao.seal.StaticKey;
import org.baoflow.lane.sim.bao.seal.StaticSeal;

/**
 * The one place the client tests build simulated OpenBao nodes: pods {@code <name>.dev.openbao.svc}
 * of one static-seal cluster, each served over HTTPS on loopback by {@link BaoServer} with a
 * certificate the test CA ({@link BaoFixtures#CA}) issued for the pod's DNS name only, and a client
 * connection that verifies that name.
 */
final class SimulatedCluster implements AutoCloseable {

  private static final String DOMAIN = ".dev.openbao.svc";

  /** One static seal for the cluster, so every member unseals the shared storage. */
  private static final Seal SEAL = StaticSeal.of(new StaticKey("client-tests-1", AesGcm.newKey()));

  private final NodeEnvironment environment =
      NodeEnvironment.of(new BaoNetwork(), Clock.systemUTC(), LaneTiming.fast());
  private final List<BaoServer> servers = new ArrayList<>();

  /**
   * A running node.
   *
   * @param podName the DNS name its certificate carries
   * @param apiAddress its {@code api_addr}, which {@code sys/leader} reports and joins name
   * @param server its API server on loopback
   */
  record Node(String podName, String apiAddress, BaoServer server) {}

  /** Starts pod {@code name} (e.g. {@code dev-0}) uninitialized. */
  Node start(String name) {
    String podName = name + DOMAIN;
    String apiAddress = "https://" + podName + ":8200";
    SimNode node =
        new SimNode(
            new NodeIdentity(name, apiAddress, podName + ":8201"),
            SEAL,
            new NodeStorage(),
            environment,
            (url, caPem) -> {
              throw new IOException("the client tests' nodes fetch nothing");
            });
    node.start();
    IssuedCertificate certificate =
        BaoFixtures.CA.issueServerCertificate(
            "dev", "openbao", new SubjectAltNames(List.of(podName), List.of()), Instant.now());
    BaoServer server =
        BaoServer.start(
            node,
            PemCodec.encodeCertificates(
                List.of(certificate.certificate(), BaoFixtures.CA.certificate())),
            PemCodec.encodePrivateKey(certificate.privateKey()));
    servers.add(server);
    return new Node(podName, apiAddress, server);
  }

  /** A client connection to {@code node} expecting {@code serverName} in its certificate. */
  BaoConnection connect(Node node, String serverName) {
    return BaoConnection.open(
        new BaoEndpoint(node.server().uri(), serverName),
        BaoFixtures.CA_PEM,
        BaoFixtures.FAST,
        BaoEndpointResolver.direct());
  }

  /** A client connection to {@code node} expecting its pod name. */
  BaoConnection connect(Node node) {
    return connect(node, node.podName());
  }

  @Override
  public void close() {
    servers.forEach(BaoServer::close);
  }
}
