package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of {@code sys/storage/raft/join}; {@code true} also when the node was initialized. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RaftJoinResponse(@JsonProperty("joined") boolean joined) {}
