package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code auth/<mount>/config} of the JWT method (reference §4.2). Exactly one key source must be
 * set: {@code oidc_discovery_url}, {@code jwks_url} or {@code jwt_validation_pubkeys}. Null fields
 * are not sent; a read leaves {@code skip_jwks_validation} null as the server does not echo it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record JwtAuthConfig(
    @JsonProperty("oidc_discovery_url") String oidcDiscoveryUrl,
    @JsonProperty("oidc_discovery_ca_pem") String oidcDiscoveryCaPem,
    @JsonProperty("jwks_url") String jwksUrl,
    @JsonProperty("jwks_ca_pem") String jwksCaPem,
    @JsonProperty("jwt_validation_pubkeys") List<String> jwtValidationPubkeys,
    @JsonProperty("bound_issuer") String boundIssuer,
    @JsonProperty("jwt_supported_algs") List<String> jwtSupportedAlgs,
    @JsonProperty("default_role") String defaultRole,
    @JsonProperty("skip_jwks_validation") Boolean skipJwksValidation) {

  /** Keys found through the issuer's OIDC discovery document, verified with {@code caPem}. */
  public static JwtAuthConfig discovery(String discoveryUrl, String caPem, String issuer) {
    return new JwtAuthConfig(discoveryUrl, caPem, null, null, null, issuer, null, null, null);
  }

  /** Keys fetched from a JWKS URL, verified with {@code caPem}. */
  public static JwtAuthConfig jwks(String jwksUrl, String caPem, String issuer) {
    return new JwtAuthConfig(null, null, jwksUrl, caPem, null, issuer, null, null, null);
  }

  /** Pinned PEM public keys; nothing is fetched. */
  public static JwtAuthConfig pinnedKeys(List<String> publicKeysPem, String issuer) {
    return new JwtAuthConfig(
        null, null, null, null, List.copyOf(publicKeysPem), issuer, null, null, null);
  }
}
