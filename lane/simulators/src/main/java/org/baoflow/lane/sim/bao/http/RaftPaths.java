package org.baoflow.lane.sim.bao.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baoflow.lane.sim.bao.BaoCluster;
import org.baoflow.lane.sim.bao.BaoException;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.logical.Envelope;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.raft.AutopilotState;
import org.baoflow.lane.sim.bao.raft.RaftSnapshot;
import org.baoflow.lane.sim.bao.raft.SimRaft;

/**
 * The logical paths of the system backend the active node serves itself once the token passed the
 * ACL: raft configuration, membership and autopilot, and {@code sys/step-down}.
 */
final class RaftPaths {
  private static final String PREFIX = "sys/storage/raft/";

  private final BaoCluster cluster;
  private final String version;

  RaftPaths(BaoCluster cluster, String version) {
    this.cluster = cluster;
    this.version = version;
  }

  /** The answer for one of these paths, or empty for any other path. */
  Optional<BaoResponse> handle(BaoRequest request) {
    Capability operation = request.operation();
    boolean read = operation == Capability.READ;
    boolean write = operation == Capability.UPDATE || operation == Capability.CREATE;
    return switch (request.path()) {
      case PREFIX + "configuration" -> Optional.of(read ? configuration() : unsupported());
      case PREFIX + "remove-peer" ->
          Optional.of(write ? removePeer(request.data()) : unsupported());
      case PREFIX + "promote" ->
          Optional.of(write ? changeSuffrage(request.data(), SimRaft::promote) : unsupported());
      case PREFIX + "demote" ->
          Optional.of(write ? changeSuffrage(request.data(), SimRaft::demote) : unsupported());
      case PREFIX + "autopilot/state" ->
          Optional.of(
              read ? data(AutopilotState.data(cluster.raft().snapshot(), version)) : unsupported());
      case PREFIX + "autopilot/configuration" ->
          Optional.of(
              read
                  ? data(cluster.raft().autopilotConfig().toData())
                  : write ? updateAutopilot(request.data()) : unsupported());
      case "sys/step-down" -> Optional.of(write ? stepDown() : unsupported());
      default -> Optional.empty();
    };
  }

  private static BaoResponse unsupported() {
    return BaoResponse.unsupported();
  }

  private static BaoResponse data(Map<String, Object> data) {
    return Envelope.data(Json.MAPPER.valueToTree(data));
  }

  private BaoResponse configuration() {
    RaftSnapshot raft = cluster.raft().snapshot();
    List<Map<String, Object>> servers =
        raft.servers().stream()
            .map(
                server -> {
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("node_id", server.nodeId());
                  entry.put("address", server.address());
                  entry.put("leader", raft.leader().filter(server.nodeId()::equals).isPresent());
                  entry.put("protocol_version", "3");
                  entry.put("voter", server.suffrage().votes());
                  return entry;
                })
            .toList();
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("servers", servers);
    config.put("index", raft.configurationIndex());
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("config", config);
    return data(data);
  }

  private BaoResponse removePeer(ObjectNode body) {
    cluster.raft().removePeer(serverId(body));
    return BaoResponse.noContent();
  }

  private interface SuffrageChange {
    boolean apply(SimRaft raft, String serverId);
  }

  private BaoResponse changeSuffrage(ObjectNode body, SuffrageChange change) {
    String serverId = serverId(body);
    if (!change.apply(cluster.raft(), serverId)) {
      throw BaoException.of(500, "server \"" + serverId + "\" not found in raft configuration");
    }
    return BaoResponse.noContent();
  }

  private BaoResponse updateAutopilot(ObjectNode body) {
    SimRaft raft = cluster.raft();
    raft.autopilotConfig(
        raft.autopilotConfig()
            .update(Json.MAPPER.convertValue(body, new TypeReference<Map<String, Object>>() {})));
    return BaoResponse.noContent();
  }

  /** The active node steps down, which is the one a standby forwards the request to. */
  private BaoResponse stepDown() {
    cluster.raft().snapshot().leader().ifPresent(leader -> cluster.raft().stepDown(leader));
    return BaoResponse.noContent();
  }

  private static String serverId(ObjectNode body) {
    String serverId = Json.text(body, "server_id");
    if (serverId.isEmpty()) {
      throw BaoException.of(400, "no server id provided");
    }
    return serverId;
  }
}
