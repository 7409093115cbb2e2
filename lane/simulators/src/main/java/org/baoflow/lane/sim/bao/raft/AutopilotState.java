package org.baoflow.lane.sim.bao.raft;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the {@code data} of {@code sys/storage/raft/autopilot/state} from a raft view. */
public final class AutopilotState {
  private AutopilotState() {}

  /** The state body; {@code non_voters} is left out when there are none, as OpenBao does. */
  public static Map<String, Object> data(RaftSnapshot raft, String version) {
    Map<String, Object> servers = new LinkedHashMap<>();
    raft.servers().forEach(server -> servers.put(server.nodeId(), server(raft, server, version)));
    boolean allHealthy = raft.servers().stream().allMatch(RaftServer::alive);
    List<String> nonVoters =
        raft.servers().stream()
            .filter(server -> !server.suffrage().votes())
            .map(RaftServer::nodeId)
            .toList();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("healthy", allHealthy && raft.leader().isPresent());
    data.put("failure_tolerance", raft.failureTolerance());
    data.put("leader", raft.leader().orElse(""));
    data.put("voters", raft.voters());
    if (!nonVoters.isEmpty()) {
      data.put("non_voters", nonVoters);
    }
    data.put("servers", servers);
    return data;
  }

  private static Map<String, Object> server(RaftSnapshot raft, RaftServer server, String version) {
    boolean leads = raft.leader().filter(server.nodeId()::equals).isPresent();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", server.nodeId());
    body.put("name", server.nodeId());
    body.put("address", server.address());
    body.put("node_status", server.alive() ? "alive" : "failed");
    body.put(
        "last_contact",
        leads ? "0s" : GoDuration.format(Duration.between(server.lastContact(), raft.at())));
    body.put("last_term", raft.term());
    body.put("last_index", server.lastIndex());
    body.put("healthy", server.alive());
    body.put("stable_since", DateTimeFormatter.ISO_INSTANT.format(server.stableSince()));
    body.put("status", status(server, leads));
    body.put("version", version);
    body.put("node_type", server.suffrage().votes() ? "voter" : "non-voter");
    return body;
  }

  private static String status(RaftServer server, boolean leads) {
    if (leads) {
      return "leader";
    }
    return switch (server.suffrage()) {
      case VOTER -> "voter";
      case STAGING -> "staging";
      case PERMANENT_NON_VOTER -> "non-voter";
    };
  }
}
