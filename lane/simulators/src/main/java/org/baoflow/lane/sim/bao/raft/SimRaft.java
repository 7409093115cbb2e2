package org.baoflow.lane.sim.bao.raft;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.baoflow.lane.sim.LaneTiming;

/**
 * The raft consensus that the nodes of one simulated OpenBao cluster share, with no networking: the
 * members and their suffrage, the leader, elections, quorum and the replication index.
 *
 * <p>Time-driven changes (an election after the leader went away, autopilot promoting a stable
 * server, a stepped-down node returning to the ballot) are applied when the state is next looked
 * at, against the injected clock; a test that moves its clock sees them deterministically and no
 * background thread is needed. Every method is thread-safe.
 *
 * <p>A member is alive for the others while its process runs (unsealed) and it is not partitioned:
 * a partitioned member keeps running but neither reaches the others nor is reached, so it counts
 * for nothing in quorum or elections, receives no log entries and sees no leader itself.
 */
public final class SimRaft {
  private final Clock clock;
  private final LaneTiming timing;
  private final Map<String, RaftServer> servers = new LinkedHashMap<>();
  private final Map<String, Instant> holdUntil = new HashMap<>();
  private final Set<String> running = new HashSet<>();
  private final Set<String> partitioned = new HashSet<>();
  private AutopilotConfig autopilotConfig = AutopilotConfig.DEFAULT;
  private String leader;
  private Instant leaderSince;
  private Instant leaderlessSince;
  private long term;
  private long commitIndex;
  private long configurationIndex;

  private SimRaft(Clock clock, LaneTiming timing) {
    this.clock = clock;
    this.timing = timing;
  }

  /** A one-server cluster whose only voter leads at once, as {@code sys/init} bootstraps it. */
  public static SimRaft bootstrap(
      String nodeId, String address, String apiAddress, Clock clock, LaneTiming timing) {
    SimRaft raft = new SimRaft(clock, timing);
    Instant now = clock.instant();
    raft.servers.put(
        nodeId, new RaftServer(nodeId, address, apiAddress, Suffrage.VOTER, true, 0, now, now));
    raft.running.add(nodeId);
    raft.term = 1;
    raft.commitIndex = 1;
    raft.configurationIndex = 1;
    raft.leader = nodeId;
    raft.leaderSince = now;
    raft.servers.computeIfPresent(nodeId, (id, server) -> server.caughtUp(1, now));
    return raft;
  }

  /** The cluster as it is now, after applying every change that became due. */
  public synchronized RaftSnapshot snapshot() {
    Instant now = refresh();
    return new RaftSnapshot(
        new ArrayList<>(servers.values()),
        Optional.ofNullable(leader),
        term,
        commitIndex,
        configurationIndex,
        Optional.ofNullable(leaderSince),
        now);
  }

  /**
   * The cluster as member {@code nodeId} sees it: the same as {@link #snapshot()}, except that a
   * partitioned member hears from no leader and knows entries only up to its own last index.
   */
  public synchronized RaftSnapshot snapshotSeenBy(String nodeId) {
    RaftSnapshot shared = snapshot();
    if (!partitioned.contains(nodeId)) {
      return shared;
    }
    return new RaftSnapshot(
        shared.servers(),
        Optional.empty(),
        shared.term(),
        shared.server(nodeId).map(RaftServer::lastIndex).orElse(shared.commitIndex()),
        shared.configurationIndex(),
        Optional.empty(),
        shared.at());
  }

  /**
   * Adds a server, as a staging voter or as a permanent non-voter; a server already a member
   * rejoins with its suffrage kept. Returns whether the join went through, which needs a leader.
   */
  public synchronized boolean join(
      String nodeId, String address, String apiAddress, boolean nonVoter) {
    Instant now = refresh();
    if (leader == null) {
      return false;
    }
    running.add(nodeId);
    RaftServer existing = servers.get(nodeId);
    if (existing != null) {
      servers.put(nodeId, existing.withApiAddress(apiAddress).withAlive(reachable(nodeId), now));
      return true;
    }
    Suffrage suffrage = nonVoter ? Suffrage.PERMANENT_NON_VOTER : Suffrage.STAGING;
    appendConfigurationChange();
    servers.put(
        nodeId,
        new RaftServer(
            nodeId, address, apiAddress, suffrage, reachable(nodeId), commitIndex, now, now));
    return true;
  }

  /** Marks a member's process as running or gone: a dead leader leaves the cluster leaderless. */
  public synchronized void setAlive(String nodeId, boolean alive) {
    if (alive) {
      running.add(nodeId);
    } else {
      running.remove(nodeId);
    }
    updateReachability(nodeId);
  }

  /**
   * Cuts member {@code nodeId} off from the others, its process still running: a partitioned leader
   * loses leadership and the majority elects another; a partitioned follower stops receiving
   * entries. Lasts until {@link #heal}, across restarts of the member.
   */
  public synchronized void partition(String nodeId) {
    partitioned.add(nodeId);
    updateReachability(nodeId);
  }

  /** Ends a partition: a running member is reachable again, rejoins as follower and catches up. */
  public synchronized void heal(String nodeId) {
    partitioned.remove(nodeId);
    updateReachability(nodeId);
  }

  /** Whether member {@code nodeId} is partitioned. */
  public synchronized boolean partitioned(String nodeId) {
    return partitioned.contains(nodeId);
  }

  private void updateReachability(String nodeId) {
    Instant now = refresh();
    servers.computeIfPresent(nodeId, (id, server) -> server.withAlive(reachable(id), now));
    refresh();
  }

  private boolean reachable(String nodeId) {
    return running.contains(nodeId) && !partitioned.contains(nodeId);
  }

  /** Removes a member; an unknown id changes nothing, as in OpenBao. */
  public synchronized void removePeer(String nodeId) {
    refresh();
    running.remove(nodeId);
    if (servers.remove(nodeId) != null) {
      appendConfigurationChange();
      refresh();
    }
  }

  /** Makes a member a voter; false when the id is unknown. */
  public synchronized boolean promote(String nodeId) {
    return changeSuffrage(nodeId, Suffrage.VOTER);
  }

  /** Makes a member a permanent non-voter; a demoted leader steps down. False when unknown. */
  public synchronized boolean demote(String nodeId) {
    return changeSuffrage(nodeId, Suffrage.PERMANENT_NON_VOTER);
  }

  private boolean changeSuffrage(String nodeId, Suffrage suffrage) {
    refresh();
    RaftServer server = servers.get(nodeId);
    if (server == null) {
      return false;
    }
    if (server.suffrage() != suffrage) {
      servers.put(nodeId, server.withSuffrage(suffrage));
      appendConfigurationChange();
      refresh();
    }
    return true;
  }

  /**
   * The leader gives up leadership and stays out of elections for the step-down hold; the other
   * voters elect after the election delay. Returns false when {@code nodeId} does not lead.
   */
  public synchronized boolean stepDown(String nodeId) {
    Instant now = refresh();
    if (!nodeId.equals(leader)) {
      return false;
    }
    holdUntil.put(nodeId, now.plus(timing.stepDownHold()));
    loseLeader(now);
    return true;
  }

  /** Commits one log entry through the leader; false while there is no leader. */
  public synchronized boolean write() {
    Instant now = refresh();
    if (leader == null) {
      return false;
    }
    commitIndex++;
    catchUp(now);
    return true;
  }

  /** The autopilot configuration in force. */
  public synchronized AutopilotConfig autopilotConfig() {
    return autopilotConfig;
  }

  /** Replaces the autopilot configuration (already validated by {@link AutopilotConfig}). */
  public synchronized void autopilotConfig(AutopilotConfig config) {
    this.autopilotConfig = config;
  }

  private void appendConfigurationChange() {
    commitIndex++;
    configurationIndex = commitIndex;
  }

  private Instant refresh() {
    Instant now = clock.instant();
    // A leader that is gone, no longer votes, or cannot reach a majority of voters steps down.
    if (leader != null
        && (!Optional.ofNullable(servers.get(leader)).map(this::leads).orElse(false)
            || !hasQuorum())) {
      loseLeader(now);
    }
    if (leader == null) {
      elect(now);
    }
    if (leader != null) {
      promoteStableServers(now);
      catchUp(now);
    }
    return now;
  }

  private boolean leads(RaftServer server) {
    return server.alive() && server.suffrage().votes();
  }

  private void loseLeader(Instant now) {
    leader = null;
    leaderSince = null;
    leaderlessSince = now;
  }

  /**
   * Elects as of the moment the election was due, not the moment somebody looks: the candidates are
   * the live voters, each from the later of the election's due time and the end of its step-down
   * hold, and the earliest wins (the most complete log among equals). A stepped-down leader looked
   * at only after its hold therefore still loses to a voter that could run earlier.
   */
  private void elect(Instant now) {
    if (!hasQuorum()) {
      // Without a majority no election can even start; the delay counts from when one could.
      leaderlessSince = now;
      return;
    }
    Instant due = leaderlessSince.plus(timing.electionDelay());
    servers.values().stream()
        .filter(this::leads)
        .map(server -> new Candidate(server, latest(due, holdUntil.get(server.nodeId()))))
        .filter(candidate -> !now.isBefore(candidate.from()))
        .min(
            Comparator.comparing(Candidate::from)
                .thenComparing(candidate -> -candidate.server().lastIndex()))
        .ifPresent(
            winner -> {
              leader = winner.server().nodeId();
              leaderSince = winner.from();
              term++;
              // A new leader commits a no-op entry of its term before it serves anything.
              commitIndex++;
            });
  }

  private static Instant latest(Instant due, Instant heldUntil) {
    return heldUntil == null || due.isAfter(heldUntil) ? due : heldUntil;
  }

  /** A voter that can win the election from {@code from} on. */
  private record Candidate(RaftServer server, Instant from) {}

  private boolean hasQuorum() {
    long voters = servers.values().stream().filter(s -> s.suffrage().votes()).count();
    long alive = servers.values().stream().filter(this::leads).count();
    return voters > 0 && alive > voters / 2;
  }

  private void promoteStableServers(Instant now) {
    List<RaftServer> stable =
        servers.values().stream()
            .filter(s -> s.suffrage() == Suffrage.STAGING && s.alive())
            .filter(s -> !now.isBefore(s.stableSince().plus(timing.autopilotStabilization())))
            .toList();
    for (RaftServer server : stable) {
      servers.put(server.nodeId(), server.withSuffrage(Suffrage.VOTER));
      appendConfigurationChange();
    }
  }

  private void catchUp(Instant now) {
    servers.replaceAll((id, server) -> server.alive() ? server.caughtUp(commitIndex, now) : server);
  }
}
