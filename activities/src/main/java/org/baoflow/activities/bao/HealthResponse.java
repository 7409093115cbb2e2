package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code sys/health}, sent for every status code; {@code cluster_*} only when unsealed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HealthResponse(
    @JsonProperty("initialized") boolean initialized,
    @JsonProperty("sealed") boolean sealed,
    @JsonProperty("standby") boolean standby,
    @JsonProperty("replication_performance_mode") String replicationPerformanceMode,
    @JsonProperty("replication_dr_mode") String replicationDrMode,
    @JsonProperty("server_time_utc") long serverTimeUtc,
    @JsonProperty("version") String version,
    @JsonProperty("cluster_name") String clusterName,
    @JsonProperty("cluster_id") String clusterId) {}
