package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * {@code data} of {@code auth/token/lookup-self}. {@code expire_time} is null for tokens that do
 * not expire; the optional fields are null when absent. {@code id} is the token itself and stays
 * out of {@code toString()}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenLookup(
    @JsonProperty("id") String id,
    @JsonProperty("accessor") String accessor,
    @JsonProperty("policies") List<String> policies,
    @JsonProperty("path") String path,
    @JsonProperty("meta") Map<String, String> meta,
    @JsonProperty("display_name") String displayName,
    @JsonProperty("num_uses") int numUses,
    @JsonProperty("orphan") boolean orphan,
    @JsonProperty("creation_time") long creationTime,
    @JsonProperty("creation_ttl") long creationTtl,
    @JsonProperty("expire_time") String expireTime,
    @JsonProperty("ttl") long ttl,
    @JsonProperty("explicit_max_ttl") long explicitMaxTtl,
    @JsonProperty("entity_id") String entityId,
    @JsonProperty("type") String type,
    @JsonProperty("role") String role,
    @JsonProperty("period") Long period,
    @JsonProperty("renewable") Boolean renewable,
    @JsonProperty("issue_time") String issueTime,
    @JsonProperty("identity_policies") List<String> identityPolicies) {

  @Override
  public String toString() {
    return "TokenLookup[id=redacted, accessor="
        + accessor
        + ", policies="
        + policies
        + ", path="
        + path
        + ", displayName="
        + displayName
        + ", ttl="
        + ttl
        + ", expireTime="
        + expireTime
        + ", type="
        + type
        + ", role="
        + role
        + "]";
  }
}
