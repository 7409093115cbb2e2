package org.baoflow.lane.sim.node;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.baoflow.lane.sim.hcl.HclBlock;

/**
 * A {@code listener "tcp"} stanza: where the node listens and with which certificate, either from
 * files or obtained by ACME.
 *
 * @param attributes every attribute as written, for settings without a field here
 */
public record ListenerConfig(
    String address,
    Optional<String> clusterAddress,
    boolean tlsDisable,
    Optional<String> tlsCertFile,
    Optional<String> tlsKeyFile,
    Optional<String> tlsClientCaFile,
    Optional<AcmeSettings> acme,
    Map<String, Object> attributes) {

  /** Copies the attributes. */
  public ListenerConfig {
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  private static final Set<String> KEYS =
      Set.of(
          "address",
          "cluster_address",
          "tls_disable",
          "tls_cert_file",
          "tls_key_file",
          "tls_client_ca_file",
          "tls_min_version",
          "tls_max_version",
          "tls_cipher_suites",
          "tls_require_and_verify_client_cert",
          "tls_disable_client_certs",
          "tls_acme_ca_directory",
          "tls_acme_domains",
          "tls_acme_email",
          "tls_acme_disable_http_challenge",
          "tls_acme_disable_alpn_challenge",
          "tls_acme_ca_root",
          "tls_acme_cache_path",
          "tls_acme_eab_key_id",
          "tls_acme_eab_mac_key",
          "tls_acme_key_type",
          "proxy_protocol_behavior",
          "proxy_protocol_authorized_addrs",
          "max_request_size",
          "max_request_duration",
          "http_read_header_timeout",
          "http_read_timeout",
          "http_write_timeout",
          "http_idle_timeout",
          "x_forwarded_for_authorized_addrs",
          "x_forwarded_for_hop_skips",
          "x_forwarded_for_reject_not_authorized",
          "x_forwarded_for_reject_not_present");

  static ListenerConfig parse(HclBlock block) {
    ConfigBody body = ConfigBody.of(block);
    if (block.labels().size() != 1 || !block.labels().get(0).equals("tcp")) {
      throw ConfigBody.error(
          block.position(),
          "listener type " + block.labels() + " is not supported; the lane serves tcp listeners");
    }
    body.allowOnly(KEYS, Set.of());
    boolean tlsDisable = body.bool("tls_disable").orElse(false);
    Optional<AcmeSettings> acme = AcmeSettings.parse(body);
    if (!tlsDisable && acme.isEmpty()) {
      body.requiredString("tls_cert_file");
      body.requiredString("tls_key_file");
    }
    return new ListenerConfig(
        body.string("address").orElse("127.0.0.1:8200"),
        body.string("cluster_address"),
        tlsDisable,
        body.string("tls_cert_file"),
        body.string("tls_key_file"),
        body.string("tls_client_ca_file"),
        acme,
        body.attributes());
  }
}
