package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One server of {@code sys/storage/raft/configuration}; {@code voter} is false for a node autopilot
 * has not promoted yet and for permanent non-voters. {@code protocol_version} is the string "3".
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RaftServer(
    @JsonProperty("node_id") String nodeId,
    @JsonProperty("address") String address,
    @JsonProperty("leader") boolean leader,
    @JsonProperty("protocol_version") String protocolVersion,
    @JsonProperty("voter") boolean voter) {}
