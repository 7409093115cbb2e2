package org.baoflow.activities.openbao;

import java.util.List;
import java.util.Map;
import org.baoflow.activities.bao.AutopilotServer;
import org.baoflow.activities.bao.AutopilotState;
import org.baoflow.activities.bao.BaoConnection;
import org.baoflow.activities.bao.BaoNotFoundException;
import org.baoflow.activities.bao.BaoToken;
import org.baoflow.activities.bao.RaftClient;
import org.baoflow.activities.bao.RaftConfiguration;
import org.baoflow.activities.bao.RaftServer;
import org.baoflow.workflows.activities.BaoActivities.RaftMember;
import org.baoflow.workflows.activities.BaoActivities.RaftState;

/** Reads the raft configuration and autopilot's view of each server's health. */
final class RaftStates {
  private RaftStates() {}

  /** The raft configuration now, with who leads and who autopilot reports healthy. */
  static RaftState read(BaoConnection connection, BaoToken token) {
    RaftClient raft = new RaftClient(connection);
    RaftConfiguration configuration = raft.configuration(token);
    Map<String, AutopilotServer> health = health(raft, token);
    List<RaftMember> members =
        configuration.servers().stream()
            .map(
                server ->
                    new RaftMember(
                        server.nodeId(),
                        server.voter(),
                        health.containsKey(server.nodeId())
                            && health.get(server.nodeId()).healthy()))
            .toList();
    String leader =
        configuration.servers().stream()
            .filter(RaftServer::leader)
            .map(RaftServer::nodeId)
            .findFirst()
            .orElse(null);
    return new RaftState(leader, members);
  }

  /** Autopilot's servers by node id; none while autopilot is disabled (404). */
  private static Map<String, AutopilotServer> health(RaftClient raft, BaoToken token) {
    try {
      AutopilotState state = raft.autopilotState(token);
      return state == null ? Map.of() : state.servers();
    } catch (BaoNotFoundException e) {
      return Map.of();
    }
  }
}
