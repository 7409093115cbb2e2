package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.baoflow.lane.sim.bao.logical.Json;

/**
 * {@code auth/<jwt mount>/config}: where the verification keys come from (exactly one source), the
 * CA certificates to trust when fetching them, and the issuer a token must carry. The read answer
 * is also the stored form.
 *
 * @param oidcDiscoveryCaPem PEM certificates trusted for the discovery document and the JWKS it
 *     names; empty for the JVM's trust store
 * @param jwksCaPem PEM certificates trusted for {@code jwksUrl}; empty for the JVM's trust store
 */
record JwtConfig(
    String oidcDiscoveryUrl,
    String oidcDiscoveryCaPem,
    String jwksUrl,
    String jwksCaPem,
    List<String> validationPubkeys,
    String boundIssuer,
    String defaultRole,
    boolean skipJwksValidation) {

  JwtConfig {
    validationPubkeys = List.copyOf(validationPubkeys);
  }

  static final String ONE_SOURCE =
      "exactly one of 'jwt_validation_pubkeys', 'jwks_url', 'jwks_pairs', 'oidc_discovery_url',"
          + " or 'provider_config' must be set";

  static JwtConfig from(ObjectNode data) {
    return new JwtConfig(
        Json.text(data, "oidc_discovery_url"),
        Json.text(data, "oidc_discovery_ca_pem"),
        Json.text(data, "jwks_url"),
        Json.text(data, "jwks_ca_pem"),
        Json.list(data, "jwt_validation_pubkeys"),
        Json.text(data, "bound_issuer"),
        Json.text(data, "default_role"),
        Json.bool(data, "skip_jwks_validation", false));
  }

  /**
   * The GET answer: every field, the CA certificates included as OpenBao returns them, never a
   * secret (this config holds none).
   */
  ObjectNode toData() {
    ObjectNode data = Json.object();
    data.put("bound_issuer", boundIssuer);
    data.put("default_role", defaultRole);
    data.put("jwks_url", jwksUrl);
    data.put("jwks_ca_pem", jwksCaPem);
    data.set("jwt_validation_pubkeys", Json.array(validationPubkeys));
    data.set("jwt_supported_algs", Json.array(List.of()));
    data.put("namespace_in_state", true);
    data.put("oidc_discovery_url", oidcDiscoveryUrl);
    data.put("oidc_discovery_ca_pem", oidcDiscoveryCaPem);
    data.put("oidc_client_id", "");
    data.putNull("provider_config");
    data.put("skip_jwks_validation", skipJwksValidation);
    return data;
  }
}
