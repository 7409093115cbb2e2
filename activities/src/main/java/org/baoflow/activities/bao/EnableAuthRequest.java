package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Body of {@code POST /v1/sys/auth/:path}; null fields are not sent.
 *
 * @param type the method: {@code jwt}, {@code kubernetes}, {@code userpass}
 * @param config mount tuning ({@code default_lease_ttl}, {@code token_type}, ...)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnableAuthRequest(
    @JsonProperty("type") String type,
    @JsonProperty("description") String description,
    @JsonProperty("local") Boolean local,
    @JsonProperty("seal_wrap") Boolean sealWrap,
    @JsonProperty("external_entropy_access") Boolean externalEntropyAccess,
    @JsonProperty("plugin_version") String pluginVersion,
    @JsonProperty("options") Map<String, String> options,
    @JsonProperty("config") Map<String, Object> config) {

  /** A mount of {@code type} with a description and server defaults otherwise. */
  public static EnableAuthRequest of(String type, String description) {
    return new EnableAuthRequest(type, description, null, null, null, null, null, null);
  }
}
