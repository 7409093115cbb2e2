package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;

/**
 * {@code auth/<mount>/role/:name} of the JWT method (reference §4.2). {@code role_type} defaults to
 * {@code oidc} on the server, so {@link #jwt} sets {@code "jwt"}; a jwt role needs a user claim and
 * at least one bound constraint. Leeways are seconds. The token fields sit at the same level.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record JwtRole(
    @JsonProperty("role_type") String roleType,
    @JsonProperty("user_claim") String userClaim,
    @JsonProperty("bound_audiences") List<String> boundAudiences,
    @JsonProperty("bound_subject") String boundSubject,
    @JsonProperty("bound_claims") Map<String, Object> boundClaims,
    @JsonProperty("bound_claims_type") String boundClaimsType,
    @JsonProperty("groups_claim") String groupsClaim,
    @JsonProperty("claim_mappings") Map<String, String> claimMappings,
    @JsonProperty("clock_skew_leeway") Long clockSkewLeeway,
    @JsonProperty("expiration_leeway") Long expirationLeeway,
    @JsonProperty("not_before_leeway") Long notBeforeLeeway,
    @JsonUnwrapped TokenSettings token) {

  /** A jwt role for the subject {@code subject} presenting one of {@code audiences}. */
  public static JwtRole jwt(String subject, List<String> audiences, TokenSettings token) {
    return new JwtRole(
        "jwt",
        "sub",
        List.copyOf(audiences),
        subject,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        token);
  }
}
