package org.baoflow.lane.sim.node;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code seal "transit"}: another OpenBao's Transit engine wraps the root key. Address, token, key
 * name and mount path may instead come from the environment ({@code BAO_ADDR}, {@code BAO_TOKEN},
 * {@code VAULT_TRANSIT_SEAL_KEY_NAME}, {@code VAULT_TRANSIT_SEAL_MOUNT_PATH}), so the stanza alone
 * need not name them. {@link #toString()} leaves the token out.
 */
public record TransitSeal(
    Optional<String> address,
    Optional<String> token,
    Optional<String> keyName,
    Optional<String> mountPath,
    Optional<String> namespace,
    boolean disableRenewal,
    Optional<String> tlsCaCert,
    Optional<String> tlsClientCert,
    Optional<String> tlsClientKey,
    Optional<String> tlsServerName,
    boolean tlsSkipVerify,
    boolean disabled)
    implements SealConfig {

  private static final Set<String> KEYS =
      SealConfig.withCommonKeys(
          List.of(
              "address",
              "token",
              "key_name",
              "mount_path",
              "namespace",
              "disable_renewal",
              "tls_ca_cert",
              "tls_client_cert",
              "tls_client_key",
              "tls_server_name",
              "tls_skip_verify"));

  @Override
  public String type() {
    return "transit";
  }

  static TransitSeal parse(ConfigBody body) {
    body.allowOnly(KEYS, Set.of());
    return new TransitSeal(
        body.string("address"),
        body.string("token"),
        body.string("key_name"),
        body.string("mount_path"),
        body.string("namespace"),
        body.bool("disable_renewal").orElse(false),
        body.string("tls_ca_cert"),
        body.string("tls_client_cert"),
        body.string("tls_client_key"),
        body.string("tls_server_name"),
        body.bool("tls_skip_verify").orElse(false),
        SealConfig.disabled(body));
  }

  @Override
  public String toString() {
    return "TransitSeal[address="
        + address.orElse("")
        + ", keyName="
        + keyName.orElse("")
        + ", mountPath="
        + mountPath.orElse("")
        + ", token="
        + (token.isPresent() ? "<set>" : "<from the environment>")
        + ", disabled="
        + disabled
        + "]";
  }
}
