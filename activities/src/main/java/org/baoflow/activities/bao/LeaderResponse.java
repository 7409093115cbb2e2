package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code sys/leader}. The server omits {@code is_self} when false, {@code active_time}
 * unless this node is active, {@code leader_address} when unknown and the raft indexes when 0;
 * those fields are null then.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LeaderResponse(
    @JsonProperty("ha_enabled") boolean haEnabled,
    @JsonProperty("is_self") Boolean isSelf,
    @JsonProperty("active_time") String activeTime,
    @JsonProperty("leader_address") String leaderAddress,
    @JsonProperty("leader_cluster_address") String leaderClusterAddress,
    @JsonProperty("raft_committed_index") Long raftCommittedIndex,
    @JsonProperty("raft_applied_index") Long raftAppliedIndex) {

  /** Whether the answering node is the active one ({@code is_self} absent means false). */
  public boolean self() {
    return Boolean.TRUE.equals(isSelf);
  }
}
