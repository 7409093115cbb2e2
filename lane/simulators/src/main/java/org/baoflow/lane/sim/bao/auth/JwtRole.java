package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.baoflow.lane.sim.bao.logical.Json;

/** {@code auth/<jwt mount>/role/:name}: bound constraints, leeways and token fields. */
record JwtRole(
    String roleType,
    String userClaim,
    List<String> boundAudiences,
    String boundSubject,
    JsonNode boundClaims,
    List<String> allowedRedirectUris,
    Duration clockSkewLeeway,
    Duration expirationLeeway,
    Duration notBeforeLeeway,
    TokenParams token) {

  JwtRole {
    boundAudiences = List.copyOf(boundAudiences);
    allowedRedirectUris = List.copyOf(allowedRedirectUris);
  }

  /**
   * A role written by a request, checked as OpenBao checks it.
   *
   * @throws IllegalArgumentException with the 400 text OpenBao answers for an invalid role
   */
  static JwtRole from(ObjectNode data) {
    JwtRole role = unchecked(data);
    if (!role.roleType.equals("oidc") && !role.roleType.equals("jwt")) {
      throw new IllegalArgumentException("invalid 'role_type': " + role.roleType);
    }
    if (role.userClaim.isEmpty()) {
      throw new IllegalArgumentException("a user claim must be defined on the role");
    }
    if (role.roleType.equals("oidc") && role.allowedRedirectUris.isEmpty()) {
      throw new IllegalArgumentException(
          "'allowed_redirect_uris' must be set if 'role_type' is 'oidc' or unspecified.");
    }
    if (role.roleType.equals("jwt")
        && role.boundAudiences.isEmpty()
        && role.boundSubject.isEmpty()
        && (role.boundClaims == null || role.boundClaims.isEmpty())
        && Json.list(data, "token_bound_cidrs").isEmpty()) {
      throw new IllegalArgumentException(
          "must have at least one bound constraint when creating/updating a role");
    }
    return role;
  }

  /**
   * The role's fields without the checks of {@link #from}: for the stored form of {@link
   * #toData()}, which was checked when it was written.
   *
   * @throws IllegalArgumentException for an unparseable duration
   */
  static JwtRole unchecked(ObjectNode data) {
    String roleType =
        Json.text(data, "role_type").isEmpty() ? "oidc" : Json.text(data, "role_type");
    JsonNode boundClaims = data.path("bound_claims").isObject() ? data.path("bound_claims") : null;
    return new JwtRole(
        roleType,
        Json.text(data, "user_claim"),
        Json.list(data, "bound_audiences"),
        Json.text(data, "bound_subject"),
        boundClaims,
        Json.list(data, "allowed_redirect_uris"),
        GoDuration.parse(data.path("clock_skew_leeway"), Duration.ofSeconds(60)),
        GoDuration.parse(data.path("expiration_leeway"), Duration.ofSeconds(150)),
        GoDuration.parse(data.path("not_before_leeway"), Duration.ofSeconds(150)),
        TokenParams.from(data));
  }

  /** The GET answer, which is also the stored form. */
  ObjectNode toData() {
    ObjectNode data = Json.object();
    data.put("role_type", roleType);
    data.put("user_claim", userClaim);
    data.set("bound_audiences", Json.array(boundAudiences));
    data.put("bound_subject", boundSubject);
    data.set("bound_claims", boundClaims);
    data.set("allowed_redirect_uris", Json.array(allowedRedirectUris));
    data.put("clock_skew_leeway", clockSkewLeeway.toSeconds());
    data.put("expiration_leeway", expirationLeeway.toSeconds());
    data.put("not_before_leeway", notBeforeLeeway.toSeconds());
    token.writeTo(data);
    return data;
  }
}
