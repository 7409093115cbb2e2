package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The token fields every auth role shares (reference §4.2): what a login through the role issues.
 * Durations are seconds, as the server reads them back; null fields are not sent on a write.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenSettings(
    @JsonProperty("token_policies") List<String> policies,
    @JsonProperty("token_ttl") Long ttl,
    @JsonProperty("token_max_ttl") Long maxTtl,
    @JsonProperty("token_explicit_max_ttl") Long explicitMaxTtl,
    @JsonProperty("token_period") Long period,
    @JsonProperty("token_bound_cidrs") List<String> boundCidrs,
    @JsonProperty("token_no_default_policy") Boolean noDefaultPolicy,
    @JsonProperty("token_num_uses") Integer numUses,
    @JsonProperty("token_type") String type) {

  /** Service tokens with {@code policies} living {@code ttlSeconds}, server defaults otherwise. */
  public static TokenSettings of(List<String> policies, long ttlSeconds) {
    return new TokenSettings(
        List.copyOf(policies), ttlSeconds, null, null, null, null, null, null, "service");
  }
}
