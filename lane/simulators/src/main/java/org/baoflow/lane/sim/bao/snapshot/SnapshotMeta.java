package org.baoflow.lane.sim.bao.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * hashicorp/raft's {@code SnapshotMeta} as {@code meta.json} carries it: Go field names in Go's
 * order, {@code ID} {@value #ID}, {@code Peers} null and {@code Size} the length of {@code
 * state.bin}.
 */
public record SnapshotMeta(
    int version,
    long index,
    long term,
    List<RaftServer> servers,
    long configurationIndex,
    long size) {

  /** The snapshot id OpenBao's raft FSM reports. */
  public static final String ID = "bolt-snapshot";

  /** hashicorp/raft's snapshot format version. */
  public static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  public SnapshotMeta {
    servers = List.copyOf(servers);
  }

  /** The JSON text, one line ending with a newline as Go's {@code json.Encoder} writes it. */
  public byte[] toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("Version", version);
    root.put("ID", ID);
    root.put("Index", index);
    root.put("Term", term);
    root.putNull("Peers");
    ArrayNode list = root.putObject("Configuration").putArray("Servers");
    for (RaftServer server : servers) {
      list.addObject()
          .put("Suffrage", server.suffrage())
          .put("ID", server.id())
          .put("Address", server.address());
    }
    root.put("ConfigurationIndex", configurationIndex);
    root.put("Size", size);
    try {
      return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode meta.json", e);
    }
  }

  /** Decodes {@code meta.json} leniently, as Go's decoder does: absent fields are zero. */
  static SnapshotMeta parse(byte[] json) throws InvalidSnapshotException {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new InvalidSnapshotException("failed to decode meta.json: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new InvalidSnapshotException("failed to decode meta.json: not an object");
    }
    List<RaftServer> servers = new ArrayList<>();
    for (JsonNode server : root.path("Configuration").path("Servers")) {
      servers.add(
          new RaftServer(
              server.path("Suffrage").asInt(),
              server.path("ID").asText(),
              server.path("Address").asText()));
    }
    return new SnapshotMeta(
        root.path("Version").asInt(),
        root.path("Index").asLong(),
        root.path("Term").asLong(),
        servers,
        root.path("ConfigurationIndex").asLong(),
        root.path("Size").asLong());
  }
}
