package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One server of the autopilot state. {@code status} is {@code leader}, {@code voter}, {@code
 * non-voter} or {@code staging}; {@code last_contact} a Go duration such as {@code "516.4ms"}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AutopilotServer(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("address") String address,
    @JsonProperty("node_status") String nodeStatus,
    @JsonProperty("last_contact") String lastContact,
    @JsonProperty("last_term") long lastTerm,
    @JsonProperty("last_index") long lastIndex,
    @JsonProperty("healthy") boolean healthy,
    @JsonProperty("stable_since") String stableSince,
    @JsonProperty("status") String status,
    @JsonProperty("version") String version,
    @JsonProperty("node_type") String nodeType) {}
