package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code sys/storage/raft/join}, sent to the joining (sealed) node; null fields are not
 * sent. The client key is secret and stays out of {@code toString()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RaftJoinRequest(
    @JsonProperty("leader_api_addr") String leaderApiAddr,
    @JsonProperty("leader_ca_cert") String leaderCaCert,
    @JsonProperty("leader_client_cert") String leaderClientCert,
    @JsonProperty("leader_client_key") String leaderClientKey,
    @JsonProperty("leader_tls_servername") String leaderTlsServername,
    @JsonProperty("retry") Boolean retry,
    @JsonProperty("non_voter") Boolean nonVoter,
    @JsonProperty("auto_join") String autoJoin,
    @JsonProperty("auto_join_scheme") String autoJoinScheme,
    @JsonProperty("auto_join_port") Integer autoJoinPort) {

  /** Join the leader at {@code leaderApiAddr}, trusting {@code leaderCaCert}. */
  public static RaftJoinRequest toLeader(
      String leaderApiAddr, String leaderCaCert, boolean nonVoter) {
    return new RaftJoinRequest(
        leaderApiAddr, leaderCaCert, null, null, null, null, nonVoter, null, null, null);
  }

  @Override
  public String toString() {
    return "RaftJoinRequest[leaderApiAddr="
        + leaderApiAddr
        + ", leaderTlsServername="
        + leaderTlsServername
        + ", leaderClientKey="
        + (leaderClientKey == null ? "none" : "redacted")
        + ", retry="
        + retry
        + ", nonVoter="
        + nonVoter
        + ", autoJoin="
        + autoJoin
        + "]";
  }
}
