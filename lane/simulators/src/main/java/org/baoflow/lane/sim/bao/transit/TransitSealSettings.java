package org.baoflow.lane.sim.bao.transit;

import java.util.List;
import java.util.Optional;
import org.baoflow.lane.sim.bao.NodeHost;
import org.baoflow.lane.sim.bao.NodeStartException;
import org.baoflow.lane.sim.node.TransitSeal;

/**
 * A transit stanza with the environment applied as OpenBao applies it: {@code
 * TRANSIT_WRAPPER_*}/{@code VAULT_TRANSIT_SEAL_*} key name and mount path win over the stanza; the
 * stanza's address, token and TLS settings win over {@code BAO_ADDR}/{@code VAULT_ADDR}, {@code
 * BAO_TOKEN}/{@code VAULT_TOKEN}, {@code BAO_CACERT}, {@code BAO_TLS_SERVER_NAME} and {@code
 * BAO_SKIP_VERIFY}. {@link #toString()} leaves the token out.
 *
 * @param address the server address, trailing slashes removed
 * @param token the token, empty when none is configured
 * @param caFile the path of the CA bundle inside the container
 * @param serverName the name to verify the certificate against instead of the address's host
 */
record TransitSealSettings(
    String address,
    String token,
    String mountPath,
    String keyName,
    Optional<String> caFile,
    Optional<String> serverName,
    boolean skipVerify) {

  private static final String DEFAULT_ADDRESS = "https://127.0.0.1:8200";

  /**
   * @throws NodeStartException when neither the stanza nor the environment names the key or mount
   */
  static TransitSealSettings of(TransitSeal stanza, NodeHost host) {
    String mountPath =
        first(
                List.of(
                    host.env("TRANSIT_WRAPPER_MOUNT_PATH"),
                    host.env("VAULT_TRANSIT_SEAL_MOUNT_PATH"),
                    stanza.mountPath()))
            .orElseThrow(() -> missing("mount_path"));
    String keyName =
        first(
                List.of(
                    host.env("TRANSIT_WRAPPER_KEY_NAME"),
                    host.env("VAULT_TRANSIT_SEAL_KEY_NAME"),
                    stanza.keyName()))
            .orElseThrow(() -> missing("key_name"));
    String address =
        first(List.of(stanza.address(), host.env("BAO_ADDR"), host.env("VAULT_ADDR")))
            .orElse(DEFAULT_ADDRESS)
            .replaceAll("/+$", "");
    String token =
        first(List.of(stanza.token(), host.env("BAO_TOKEN"), host.env("VAULT_TOKEN"))).orElse("");
    boolean skipVerify =
        stanza.tlsSkipVerify()
            || host.env("BAO_SKIP_VERIFY").map(Boolean::parseBoolean).orElse(false);
    return new TransitSealSettings(
        address,
        token,
        mountPath,
        keyName,
        first(List.of(stanza.tlsCaCert(), host.env("BAO_CACERT"))),
        first(List.of(stanza.tlsServerName(), host.env("BAO_TLS_SERVER_NAME"))),
        skipVerify);
  }

  /** The first non-empty value, in order of precedence. */
  private static Optional<String> first(List<Optional<String>> candidates) {
    return candidates.stream()
        .flatMap(Optional::stream)
        .filter(value -> !value.isEmpty())
        .findFirst();
  }

  private static NodeStartException missing(String key) {
    return new NodeStartException("Error parsing Seal configuration: " + key + " is required");
  }

  @Override
  public String toString() {
    return "TransitSealSettings[address="
        + address
        + ", mountPath="
        + mountPath
        + ", keyName="
        + keyName
        + ", token="
        + (token.isEmpty() ? "<none>" : "<set>")
        + "]";
  }
}
