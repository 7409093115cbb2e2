package org.baoflow.lane.sim.bao;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.baoflow.lane.sim.tls.TlsContexts;

/**
 * One round of a node's {@code retry_join} stanzas: each stanza's candidates ({@code
 * leader_api_addr} resolved in the container, or what {@code auto_join} discovers) are dialled over
 * TLS, checking the certificate against {@code leader_ca_cert_file} and {@code
 * leader_tls_servername}; the first that passes and whose node belongs to a cluster is joined.
 */
final class RetryJoiner {
  private final SimNode node;
  private final NodeHost host;
  private final List<org.baoflow.lane.sim.node.RetryJoin> stanzas;
  private final boolean nonVoter;

  RetryJoiner(
      SimNode node,
      NodeHost host,
      List<org.baoflow.lane.sim.node.RetryJoin> stanzas,
      boolean nonVoter) {
    this.node = node;
    this.host = host;
    this.stanzas = List.copyOf(stanzas);
    this.nonVoter = nonVoter;
  }

  /** A place to dial and the name its certificate must carry. */
  private record Candidate(InetSocketAddress address, String serverName) {}

  /** Tries every candidate once; true once the node joined a cluster. */
  boolean attempt() {
    for (org.baoflow.lane.sim.node.RetryJoin stanza : stanzas) {
      Optional<SSLContext> trust = trust(stanza);
      if (trust.isEmpty()) {
        continue;
      }
      for (Candidate candidate : candidates(stanza)) {
        if (join(candidate, trust.get())) {
          return true;
        }
      }
    }
    return false;
  }

  private Optional<SSLContext> trust(org.baoflow.lane.sim.node.RetryJoin stanza) {
    try {
      String caPem =
          stanza.leaderCaCertFile().isPresent()
              ? new String(
                  host.readFile(stanza.leaderCaCertFile().get()), StandardCharsets.US_ASCII)
              : "";
      return Optional.of(TlsContexts.trusting(caPem));
    } catch (IOException e) {
      // OpenBao logs the unreadable CA and tries the stanza again next round.
      return Optional.empty();
    }
  }

  private List<Candidate> candidates(org.baoflow.lane.sim.node.RetryJoin stanza) {
    List<Candidate> candidates = new ArrayList<>();
    stanza
        .leaderApiAddr()
        .map(URI::create)
        .ifPresent(
            leader ->
                host.resolve(leader.getHost(), port(leader))
                    .ifPresent(
                        address ->
                            candidates.add(
                                new Candidate(
                                    address,
                                    stanza.leaderTlsServername().orElse(leader.getHost())))));
    stanza
        .autoJoin()
        .ifPresent(
            autoJoin -> {
              // Discovered addresses carry the pod's published loopback port.
              for (URI found : host.autoJoin(autoJoin, stanza.autoJoinScheme())) {
                candidates.add(
                    new Candidate(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), found.getPort()),
                        stanza.leaderTlsServername().orElse(found.getHost())));
              }
            });
    return candidates;
  }

  private boolean join(Candidate candidate, SSLContext trust) {
    try {
      HostTls.dial(candidate.address(), candidate.serverName(), trust).close();
    } catch (IOException untrustedOrUnreachable) {
      return false;
    }
    Optional<SimNode> leader =
        node.environment().network().nodeListeningOn(candidate.address().getPort());
    try {
      return leader.isPresent() && node.joinCluster(leader.get(), nonVoter);
    } catch (BaoException e) {
      // Not initialized yet, sealed, or its seal is not ours: another round may succeed.
      return false;
    }
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "http".equals(uri.getScheme()) ? 80 : 443;
  }
}
