package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Body of a KV v2 write: the values under {@code data}, {@code options.cas} when checked. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record KvWrite(
    @JsonProperty("data") Map<String, Object> data,
    @JsonProperty("options") Map<String, Object> options) {

  static KvWrite unchecked(Map<String, Object> data) {
    return new KvWrite(data, null);
  }

  /** A write accepted only if the secret's current version is {@code cas} (0: must not exist). */
  static KvWrite checkAndSet(Map<String, Object> data, long cas) {
    return new KvWrite(data, Map.of("cas", cas));
  }

  @Override
  public String toString() {
    return "KvWrite[keys=" + data.keySet() + ", options=" + options + "]";
  }
}
