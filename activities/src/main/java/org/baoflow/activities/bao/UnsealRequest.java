package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code PUT /v1/sys/unseal}; the key share is secret and not in {@code toString()}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnsealRequest(
    @JsonProperty("key") String key,
    @JsonProperty("reset") Boolean reset,
    @JsonProperty("migrate") Boolean migrate) {

  /** Enter one key share (hex or base64). */
  public static UnsealRequest share(String key) {
    return new UnsealRequest(key, null, null);
  }

  /** Discard the shares entered so far. */
  public static UnsealRequest resetProgress() {
    return new UnsealRequest(null, true, null);
  }

  @Override
  public String toString() {
    return "UnsealRequest[key="
        + (key == null ? "none" : "redacted")
        + ", reset="
        + reset
        + ", migrate="
        + migrate
        + "]";
  }
}
