package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One mount of {@code GET sys/auth} or {@code GET sys/mounts} (reference §4.1): its type, tuning
 * and, for a KV engine, {@code options.version}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MountInfo(
    @JsonProperty("type") String type,
    @JsonProperty("description") String description,
    @JsonProperty("accessor") String accessor,
    @JsonProperty("uuid") String uuid,
    @JsonProperty("local") boolean local,
    @JsonProperty("seal_wrap") boolean sealWrap,
    @JsonProperty("external_entropy_access") boolean externalEntropyAccess,
    @JsonProperty("options") Map<String, String> options,
    @JsonProperty("config") Map<String, Object> config,
    @JsonProperty("plugin_version") String pluginVersion,
    @JsonProperty("running_plugin_version") String runningPluginVersion) {

  public MountInfo {
    // Tuning values may be JSON null, which Map.copyOf refuses.
    options =
        options == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
    config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
  }
}
