package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** Version metadata of a KV v2 secret, as a write answers it and a read carries it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KvVersion(
    @JsonProperty("created_time") String createdTime,
    @JsonProperty("custom_metadata") Map<String, String> customMetadata,
    @JsonProperty("deletion_time") String deletionTime,
    @JsonProperty("destroyed") boolean destroyed,
    @JsonProperty("version") long version) {}
