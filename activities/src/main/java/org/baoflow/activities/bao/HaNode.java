package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One node of {@code sys/ha-status} (reference §2.7); {@code upgrade_version} only when set, and
 * {@code last_echo} null for the active node.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HaNode(
    @JsonProperty("hostname") String hostname,
    @JsonProperty("api_address") String apiAddress,
    @JsonProperty("cluster_address") String clusterAddress,
    @JsonProperty("active_node") boolean activeNode,
    @JsonProperty("last_echo") String lastEcho,
    @JsonProperty("version") String version,
    @JsonProperty("upgrade_version") String upgradeVersion) {}
