package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Body of {@code PUT /v1/sys/init}; null fields are not sent. With an auto-unseal seal only the
 * {@code recovery_*} fields may be set (the server refuses barrier parameters).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InitRequest(
    @JsonProperty("secret_shares") Integer secretShares,
    @JsonProperty("secret_threshold") Integer secretThreshold,
    @JsonProperty("pgp_keys") List<String> pgpKeys,
    @JsonProperty("root_token_pgp_key") String rootTokenPgpKey,
    @JsonProperty("recovery_shares") Integer recoveryShares,
    @JsonProperty("recovery_threshold") Integer recoveryThreshold,
    @JsonProperty("recovery_pgp_keys") List<String> recoveryPgpKeys) {

  /** Auto-unseal init with {@code shares} recovery keys ({@code 0}: none, allowed since 2.4). */
  public static InitRequest autoUnseal(int shares, int threshold) {
    return new InitRequest(null, null, null, null, shares, threshold, null);
  }

  /** Shamir init with {@code shares} unseal keys of which {@code threshold} unseal. */
  public static InitRequest shamir(int shares, int threshold) {
    return new InitRequest(shares, threshold, null, null, null, null, null);
  }
}
