package org.baoflow.lane.sim.node;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.baoflow.lane.sim.hcl.HclBlock;

/**
 * A {@code storage "raft"} stanza: the data directory, the node's id and how it finds a cluster to
 * join.
 *
 * @param attributes every attribute as a string, as OpenBao hands them to the raft backend
 */
public record RaftStorage(
    String path,
    Optional<String> nodeId,
    boolean retryJoinAsNonVoter,
    List<RetryJoin> retryJoin,
    Map<String, String> attributes) {

  /** Copies the lists and maps. */
  public RaftStorage {
    retryJoin = List.copyOf(retryJoin);
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  private static final Set<String> KEYS =
      Set.of(
          "path",
          "node_id",
          "performance_multiplier",
          "trailing_logs",
          "snapshot_threshold",
          "snapshot_interval",
          "max_entry_size",
          "max_batch_entries",
          "max_batch_size",
          "autopilot_reconcile_interval",
          "autopilot_update_interval",
          "autopilot_upgrade_version",
          "autopilot_redundancy_zone",
          "retry_join_as_non_voter");

  static RaftStorage parse(HclBlock block) {
    if (!block.labels().equals(List.of("raft"))) {
      throw ConfigBody.error(
          block.position(),
          "storage type " + block.labels() + " is not supported; the lane simulates raft");
    }
    ConfigBody body = ConfigBody.of(block);
    body.allowOnly(KEYS, Set.of("retry_join"));
    List<RetryJoin> joins =
        block.body().blocks("retry_join").stream()
            .map(join -> RetryJoin.parse(ConfigBody.of(join), join))
            .toList();
    return new RaftStorage(
        body.requiredString("path"),
        body.string("node_id"),
        body.bool("retry_join_as_non_voter").orElse(false),
        joins,
        body.stringAttributes());
  }
}
