package org.baoflow.lane.sim.node;

import java.util.List;
import java.util.Optional;

/** A listener's {@code tls_acme_*} settings: its certificate comes from an ACME directory. */
public record AcmeSettings(
    String caDirectory,
    List<String> domains,
    Optional<String> email,
    Optional<String> caRoot,
    Optional<String> cachePath,
    boolean disableHttpChallenge) {

  /** Copies the domains. */
  public AcmeSettings {
    domains = List.copyOf(domains);
  }

  /** The settings, when the listener names an ACME directory. */
  static Optional<AcmeSettings> parse(ConfigBody listener) {
    return listener
        .string("tls_acme_ca_directory")
        .map(
            directory ->
                new AcmeSettings(
                    directory,
                    listener.strings("tls_acme_domains").orElse(List.of()),
                    listener.string("tls_acme_email"),
                    listener.string("tls_acme_ca_root"),
                    listener.string("tls_acme_cache_path"),
                    listener.bool("tls_acme_disable_http_challenge").orElse(false)));
  }
}
