package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The {@code auth} object of a login answer. {@code identity_policies} is omitted when empty. The
 * client token is secret: {@code toString()} leaves it out.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthInfo(
    @JsonProperty("client_token") String clientToken,
    @JsonProperty("accessor") String accessor,
    @JsonProperty("policies") List<String> policies,
    @JsonProperty("token_policies") List<String> tokenPolicies,
    @JsonProperty("identity_policies") List<String> identityPolicies,
    @JsonProperty("metadata") Map<String, String> metadata,
    @JsonProperty("lease_duration") long leaseDuration,
    @JsonProperty("renewable") boolean renewable,
    @JsonProperty("entity_id") String entityId,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("orphan") boolean orphan,
    @JsonProperty("num_uses") int numUses) {

  /** The issued token. */
  public BaoToken token() {
    return BaoToken.of(clientToken);
  }

  @Override
  public String toString() {
    return "AuthInfo[clientToken=redacted, accessor="
        + accessor
        + ", policies="
        + policies
        + ", tokenPolicies="
        + tokenPolicies
        + ", identityPolicies="
        + identityPolicies
        + ", metadata="
        + metadata
        + ", leaseDuration="
        + leaseDuration
        + ", renewable="
        + renewable
        + ", entityId="
        + entityId
        + ", tokenType="
        + tokenType
        + ", orphan="
        + orphan
        + ", numUses="
        + numUses
        + "]";
  }
}
