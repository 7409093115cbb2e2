package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;

/**
 * The JWT auth method: config with one key source (OIDC discovery, JWKS URL or pinned PEM keys),
 * roles, and login verifying signature, lifetime and claims. Keys are fetched at each login through
 * the {@link JsonFetcher}, trusting the CA the config names, so a rotated issuer key is picked up.
 */
final class JwtAuthMethod extends RoleLoginMethod {

  private static final String JOSE = "go-jose/go-jose/jwt: validation failed, ";

  private final JsonFetcher fetcher;
  private final Clock clock;
  private final Logins logins;

  /**
   * @param storage the mount's own storage view
   */
  JwtAuthMethod(JsonFetcher fetcher, Clock clock, LogicalStorage storage, Logins logins) {
    super(storage);
    this.fetcher = fetcher;
    this.clock = clock;
    this.logins = logins;
  }

  @Override
  Optional<ObjectNode> configData() {
    return config().map(JwtConfig::toData);
  }

  @Override
  Optional<ObjectNode> roleData(String name) {
    return role(name).map(JwtRole::toData);
  }

  private Optional<JwtConfig> config() {
    return storedConfig().map(JwtConfig::from);
  }

  private Optional<JwtRole> role(String name) {
    return storedRole(name).map(JwtRole::unchecked);
  }

  @Override
  BaoResponse writeConfig(ObjectNode data) {
    JwtConfig candidate = JwtConfig.from(data);
    int sources =
        (candidate.oidcDiscoveryUrl().isEmpty() ? 0 : 1)
            + (candidate.jwksUrl().isEmpty() ? 0 : 1)
            + (candidate.validationPubkeys().isEmpty() ? 0 : 1)
            + (Json.text(data, "jwks_pairs").isEmpty() && !data.path("jwks_pairs").isArray()
                ? 0
                : 1)
            + (data.path("provider_config").isObject() ? 1 : 0);
    if (sources != 1) {
      return BaoResponse.badRequest(JwtConfig.ONE_SOURCE);
    }
    if (candidate.oidcDiscoveryUrl().contains(".well-known")) {
      return BaoResponse.badRequest(
          "error checking oidc discovery URL: the URL must not contain '.well-known'");
    }
    try {
      for (String pem : candidate.validationPubkeys()) {
        PublicKeys.fromPem(pem);
      }
    } catch (GeneralSecurityException e) {
      return BaoResponse.badRequest("error parsing public key: " + e.getMessage());
    }
    if (!candidate.skipJwksValidation()) {
      try {
        if (!candidate.oidcDiscoveryUrl().isEmpty()) {
          discoveryDocument(candidate);
        } else if (!candidate.jwksUrl().isEmpty()) {
          fetcher.fetch(candidate.jwksUrl(), candidate.jwksCaPem());
        }
      } catch (IOException e) {
        String what = candidate.oidcDiscoveryUrl().isEmpty() ? "JWKS URL" : "oidc discovery URL";
        return BaoResponse.badRequest("error checking " + what + ": " + e.getMessage());
      }
    }
    storeConfig(candidate.toData());
    return BaoResponse.noContent();
  }

  @Override
  BaoResponse writeRole(String name, ObjectNode data) {
    try {
      storeRole(name, JwtRole.from(data).toData());
    } catch (IllegalArgumentException e) {
      return BaoResponse.badRequest(e.getMessage());
    }
    return BaoResponse.noContent();
  }

  @Override
  BaoResponse login(ObjectNode data) {
    JwtConfig config = config().orElse(null);
    String roleName = Json.text(data, "role");
    if (roleName.isEmpty() && config != null) {
      roleName = config.defaultRole();
    }
    if (roleName.isEmpty()) {
      return BaoResponse.badRequest("missing role");
    }
    JwtRole role = role(roleName).orElse(null);
    if (role == null) {
      return BaoResponse.badRequest("role \"" + roleName + "\" could not be found");
    }
    if (!role.roleType().equals("jwt")) {
      return BaoResponse.badRequest("role with oidc role_type is not allowed");
    }
    String token = Json.text(data, "jwt");
    if (token.isEmpty()) {
      return BaoResponse.badRequest("missing token");
    }
    if (config == null) {
      return BaoResponse.badRequest("could not load configuration");
    }
    SignedJwt jwt;
    try {
      jwt = SignedJwt.parse(token);
    } catch (IllegalArgumentException e) {
      return BaoResponse.badRequest("error validating token: " + e.getMessage());
    }
    List<PublicKey> keys;
    try {
      keys = keysFor(config, jwt);
    } catch (IOException | GeneralSecurityException e) {
      return BaoResponse.badRequest(
          "error validating token: error fetching keys: " + e.getMessage());
    }
    if (!jwt.verifiedBy(keys)) {
      return BaoResponse.badRequest(
          "error validating token: error verifying token signature: no known key successfully"
              + " validated the token signature");
    }
    String claimsError = claimsError(jwt.claims(), config, role);
    if (claimsError != null) {
      return BaoResponse.badRequest(claimsError);
    }
    JsonNode user = jwt.claims().path(role.userClaim());
    if (!user.isValueNode() || user.asText().isEmpty()) {
      return BaoResponse.badRequest("claim \"" + role.userClaim() + "\" not found in token");
    }
    return logins.issue(role.token(), user.asText(), Map.of("role", roleName));
  }

  /** The first failed check on the verified claims, in OpenBao's order, or {@code null}. */
  private String claimsError(JsonNode claims, JwtConfig config, JwtRole role) {
    Instant now = clock.instant();
    if (claims.path("exp").isNumber()
        && now.isAfter(
            Instant.ofEpochSecond(claims.path("exp").asLong())
                .plus(role.expirationLeeway())
                .plus(role.clockSkewLeeway()))) {
      return "error validating token: " + JOSE + "token is expired (exp)";
    }
    if (claims.path("nbf").isNumber()
        && now.plus(role.notBeforeLeeway())
            .plus(role.clockSkewLeeway())
            .isBefore(Instant.ofEpochSecond(claims.path("nbf").asLong()))) {
      return "error validating token: " + JOSE + "token not valid yet (nbf)";
    }
    if (claims.path("iat").isNumber()
        && now.plus(role.clockSkewLeeway())
            .isBefore(Instant.ofEpochSecond(claims.path("iat").asLong()))) {
      return "error validating token: " + JOSE + "token issued in the future (iat)";
    }
    if (!config.boundIssuer().isEmpty()
        && !config.boundIssuer().equals(claims.path("iss").asText())) {
      return "error validating token: " + JOSE + "invalid issuer claim (iss)";
    }
    List<String> audiences = audiences(claims.path("aud"));
    if (role.boundAudiences().isEmpty() && !audiences.isEmpty()) {
      return "audience claim found in JWT but no audiences bound to the role";
    }
    if (!role.boundAudiences().isEmpty()
        && audiences.stream().noneMatch(role.boundAudiences()::contains)) {
      return "error validating token: " + JOSE + "invalid audience claim (aud)";
    }
    if (!role.boundSubject().isEmpty()
        && !role.boundSubject().equals(claims.path("sub").asText())) {
      return "error validating token: " + JOSE + "invalid subject claim (sub)";
    }
    if (role.boundClaims() != null) {
      for (Map.Entry<String, JsonNode> bound : role.boundClaims().properties()) {
        if (!boundClaimMatches(claims.path(bound.getKey()), bound.getValue())) {
          return "error validating claims: claim \""
              + bound.getKey()
              + "\" does not match any associated bound claim values";
        }
      }
    }
    return null;
  }

  private static boolean boundClaimMatches(JsonNode actual, JsonNode expected) {
    List<String> allowed = new ArrayList<>();
    if (expected.isArray()) {
      expected.forEach(value -> allowed.add(value.asText()));
    } else {
      allowed.add(expected.asText());
    }
    List<String> present = audiences(actual);
    return present.stream().anyMatch(allowed::contains);
  }

  /** {@code aud} (or any claim) as a list: a string or an array of strings. */
  private static List<String> audiences(JsonNode value) {
    if (value.isTextual()) {
      return List.of(value.asText());
    }
    List<String> values = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(item -> values.add(item.asText()));
    }
    return values;
  }

  private List<PublicKey> keysFor(JwtConfig config, SignedJwt jwt)
      throws IOException, GeneralSecurityException {
    if (!config.validationPubkeys().isEmpty()) {
      List<PublicKey> keys = new ArrayList<>();
      for (String pem : config.validationPubkeys()) {
        keys.add(PublicKeys.fromPem(pem));
      }
      return keys;
    }
    // The JWKS named by a discovery document is fetched with the discovery CA, as go-oidc's
    // provider reuses the discovery HTTP client for its key set.
    JsonNode jwks =
        config.jwksUrl().isEmpty()
            ? fetcher.fetch(
                discoveryDocument(config).path("jwks_uri").asText(), config.oidcDiscoveryCaPem())
            : fetcher.fetch(config.jwksUrl(), config.jwksCaPem());
    List<PublicKeys.KeyWithId> published = PublicKeys.fromJwks(jwks);
    List<PublicKey> byKid =
        published.stream()
            .filter(k -> k.kid().equals(jwt.kid()))
            .map(PublicKeys.KeyWithId::key)
            .toList();
    return byKid.isEmpty() ? published.stream().map(PublicKeys.KeyWithId::key).toList() : byKid;
  }

  /** The provider's discovery document, whose issuer must be the discovery URL (go-oidc's rule). */
  private JsonNode discoveryDocument(JwtConfig source) throws IOException {
    String base = source.oidcDiscoveryUrl().replaceAll("/+$", "");
    JsonNode document =
        fetcher.fetch(base + "/.well-known/openid-configuration", source.oidcDiscoveryCaPem());
    String issuer = document.path("issuer").asText();
    if (!issuer.equals(source.oidcDiscoveryUrl())) {
      throw new IOException(
          "oidc: issuer did not match the issuer returned by provider, expected \""
              + source.oidcDiscoveryUrl()
              + "\" got \""
              + issuer
              + "\"");
    }
    if (!document.path("jwks_uri").isTextual()) {
      throw new IOException("oidc: discovery document has no jwks_uri");
    }
    return document;
  }
}
