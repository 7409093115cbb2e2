package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Autopilot settings as read from and written to {@code sys/storage/raft/autopilot/configuration};
 * on a write only the non-null fields are sent and persisted. Durations are Go strings ({@code
 * "10s"}, {@code "24h0m0s"}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AutopilotConfiguration(
    @JsonProperty("cleanup_dead_servers") Boolean cleanupDeadServers,
    @JsonProperty("last_contact_threshold") String lastContactThreshold,
    @JsonProperty("dead_server_last_contact_threshold") String deadServerLastContactThreshold,
    @JsonProperty("max_trailing_logs") Integer maxTrailingLogs,
    @JsonProperty("min_quorum") Integer minQuorum,
    @JsonProperty("server_stabilization_time") String serverStabilizationTime) {}
