package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Answer of {@code sys/init}: unseal keys (empty for auto-unseal), recovery keys (only when
 * generated) and the root token. All of it is secret, so {@code toString()} shows only counts.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InitResponse(
    @JsonProperty("keys") List<String> keys,
    @JsonProperty("keys_base64") List<String> keysBase64,
    @JsonProperty("recovery_keys") List<String> recoveryKeys,
    @JsonProperty("recovery_keys_base64") List<String> recoveryKeysBase64,
    @JsonProperty("root_token") String rootToken) {

  public InitResponse {
    keys = keys == null ? List.of() : List.copyOf(keys);
    keysBase64 = keysBase64 == null ? List.of() : List.copyOf(keysBase64);
    recoveryKeys = recoveryKeys == null ? List.of() : List.copyOf(recoveryKeys);
    recoveryKeysBase64 = recoveryKeysBase64 == null ? List.of() : List.copyOf(recoveryKeysBase64);
  }

  /** The root token as a {@link BaoToken}. */
  public BaoToken token() {
    return BaoToken.of(rootToken);
  }

  @Override
  public String toString() {
    return "InitResponse[keys="
        + keys.size()
        + ", recoveryKeys="
        + recoveryKeys.size()
        + ", rootToken=redacted]";
  }
}
