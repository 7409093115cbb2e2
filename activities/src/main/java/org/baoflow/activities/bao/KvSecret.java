package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * {@code data} of a KV v2 read: the secret's values and its version. {@code toString()} names the
 * keys only, as the values are secrets.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KvSecret(
    @JsonProperty("data") Map<String, Object> data, @JsonProperty("metadata") KvVersion metadata) {

  @Override
  public String toString() {
    return "KvSecret[keys="
        + (data == null ? "[]" : data.keySet())
        + ", metadata="
        + metadata
        + "]";
  }
}
