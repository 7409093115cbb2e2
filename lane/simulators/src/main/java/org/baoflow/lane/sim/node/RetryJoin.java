package org.baoflow.lane.sim.node;

import java.util.Optional;
import java.util.Set;
import org.baoflow.lane.sim.hcl.HclBlock;

/**
 * A raft {@code retry_join} stanza: a leader to dial, given directly or discovered by go-discover's
 * {@code auto_join}, and the TLS settings to dial it with.
 */
public record RetryJoin(
    Optional<String> leaderApiAddr,
    Optional<String> autoJoin,
    String autoJoinScheme,
    Optional<Integer> autoJoinPort,
    Optional<String> leaderTlsServername,
    Optional<String> leaderCaCertFile,
    Optional<String> leaderClientCertFile,
    Optional<String> leaderClientKeyFile) {

  private static final Set<String> KEYS =
      Set.of(
          "leader_api_addr",
          "auto_join",
          "auto_join_scheme",
          "auto_join_port",
          "leader_tls_servername",
          "leader_ca_cert_file",
          "leader_client_cert_file",
          "leader_client_key_file",
          "leader_ca_cert",
          "leader_client_cert",
          "leader_client_key");

  static RetryJoin parse(ConfigBody body, HclBlock block) {
    if (!block.labels().isEmpty()) {
      throw body.error("retry_join takes no labels");
    }
    body.allowOnly(KEYS, Set.of());
    Optional<String> leader = body.string("leader_api_addr");
    Optional<String> autoJoin = body.string("auto_join");
    if (leader.isEmpty() && autoJoin.isEmpty()) {
      throw body.error("failed to parse retry_join: leader_api_addr or auto_join must be set");
    }
    String scheme = body.string("auto_join_scheme").orElse("https");
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw body.error("invalid scheme \"" + scheme + "\"; must either be http or https");
    }
    return new RetryJoin(
        leader,
        autoJoin,
        scheme,
        body.string("auto_join_port").map(port -> port(body, port)),
        body.string("leader_tls_servername"),
        body.string("leader_ca_cert_file"),
        body.string("leader_client_cert_file"),
        body.string("leader_client_key_file"));
  }

  private static int port(ConfigBody body, String port) {
    try {
      return Integer.parseInt(port);
    } catch (NumberFormatException e) {
      throw body.error("auto_join_port must be a port number, not " + port);
    }
  }
}
