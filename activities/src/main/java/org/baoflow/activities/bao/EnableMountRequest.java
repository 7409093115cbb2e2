package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Body of {@code POST /v1/sys/mounts/:path}, enabling a secrets engine; null fields are not sent.
 *
 * @param type the engine, e.g. {@code kv}
 * @param options engine options; KV takes {@code version} ({@code "2"} for versioned data)
 * @param config mount tuning ({@code default_lease_ttl}, {@code max_lease_ttl}, ...)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnableMountRequest(
    @JsonProperty("type") String type,
    @JsonProperty("description") String description,
    @JsonProperty("local") Boolean local,
    @JsonProperty("seal_wrap") Boolean sealWrap,
    @JsonProperty("options") Map<String, String> options,
    @JsonProperty("config") Map<String, Object> config) {

  /** A KV version 2 engine. */
  public static EnableMountRequest kvVersion2(String description) {
    return new EnableMountRequest("kv", description, null, null, Map.of("version", "2"), null);
  }
}
