package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * {@code data} of a KV v2 metadata read: the secret's versions keyed by their number as a string
 * ({@code "1"}, {@code "2"}), the current and oldest version and its settings. No values.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KvMetadata(
    @JsonProperty("cas_required") boolean casRequired,
    @JsonProperty("created_time") String createdTime,
    @JsonProperty("updated_time") String updatedTime,
    @JsonProperty("current_version") long currentVersion,
    @JsonProperty("oldest_version") long oldestVersion,
    @JsonProperty("max_versions") int maxVersions,
    @JsonProperty("delete_version_after") String deleteVersionAfter,
    @JsonProperty("custom_metadata") Map<String, String> customMetadata,
    @JsonProperty("versions") Map<String, KvVersion> versions) {

  public KvMetadata {
    versions = versions == null ? Map.of() : Map.copyOf(versions);
  }
}
