package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * {@code data} of {@code sys/storage/raft/autopilot/state}. {@code non_voters} is omitted when
 * empty and read as an empty list.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AutopilotState(
    @JsonProperty("healthy") boolean healthy,
    @JsonProperty("failure_tolerance") int failureTolerance,
    @JsonProperty("leader") String leader,
    @JsonProperty("voters") List<String> voters,
    @JsonProperty("non_voters") List<String> nonVoters,
    @JsonProperty("servers") Map<String, AutopilotServer> servers) {

  public AutopilotState {
    voters = voters == null ? List.of() : List.copyOf(voters);
    nonVoters = nonVoters == null ? List.of() : List.copyOf(nonVoters);
    servers = servers == null ? Map.of() : Map.copyOf(servers);
  }
}
