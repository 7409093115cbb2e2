package org.baoflow.activities.backup;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.baoflow.activities.bao.BaoConnection;
import org.baoflow.activities.bao.LeaderResponse;
import org.baoflow.activities.bao.SysClient;
import org.baoflow.activities.openbao.ClusterAccess;
import org.baoflow.activities.openbao.EndpointUnavailableException;
import org.baoflow.activities.openbao.NotYet;
import org.baoflow.workflows.activities.BackupActivities.Leader;

/**
 * Finds the pod that leads by asking pods {@code sys/leader} (no login needed): a pod that answers
 * {@code is_self} leads; a standby names the leader's address, and that pod is asked in turn, so a
 * standby is never taken for the leader. The leader's own answer gives the raft committed index,
 * its seal status the version.
 */
final class LeaderLookup {
  private final ClusterAccess access;

  LeaderLookup(ClusterAccess access) {
    this.access = access;
  }

  /**
   * The leader, asking {@code pods} in order; pods that cannot answer yet are skipped.
   *
   * @throws EndpointUnavailableException when no pod leads or none answers (retryable)
   */
  Leader find(List<String> pods) {
    RuntimeException unreachable = null;
    for (String pod : pods) {
      try {
        Optional<Leader> leader = leaderSeenFrom(pod);
        if (leader.isPresent()) {
          return leader.get();
        }
      } catch (RuntimeException e) {
        if (!NotYet.is(e)) {
          throw e;
        }
        unreachable = e;
      }
    }
    EndpointUnavailableException none =
        new EndpointUnavailableException(
            "no pod of OpenBaoCluster "
                + access.names().namespace()
                + "/"
                + access.names().cluster()
                + " leads now (asked "
                + pods
                + ")");
    if (unreachable != null) {
      none.addSuppressed(unreachable);
    }
    throw none;
  }

  /** The leader as {@code pod} sees it: itself, or the pod it names if that one confirms. */
  private Optional<Leader> leaderSeenFrom(String pod) {
    BaoConnection connection = access.connect(pod);
    LeaderResponse answer = new SysClient(connection).leader();
    if (answer.self()) {
      return Optional.of(describe(pod, connection, answer));
    }
    Optional<String> named = podOf(answer.leaderAddress()).filter(name -> !name.equals(pod));
    if (named.isEmpty()) {
      return Optional.empty();
    }
    BaoConnection leaderConnection = access.connect(named.get());
    LeaderResponse confirmed = new SysClient(leaderConnection).leader();
    return confirmed.self()
        ? Optional.of(describe(named.get(), leaderConnection, confirmed))
        : Optional.empty();
  }

  private static Leader describe(String pod, BaoConnection connection, LeaderResponse answer) {
    String version = new SysClient(connection).sealStatus().version();
    long index = answer.raftCommittedIndex() == null ? 0 : answer.raftCommittedIndex();
    return new Leader(pod, version, index);
  }

  /** The pod of an advertised API address: the first label of its host name. */
  static Optional<String> podOf(String apiAddress) {
    if (apiAddress == null || apiAddress.isBlank()) {
      return Optional.empty();
    }
    String host = URI.create(apiAddress.trim()).getHost();
    return host == null || host.isEmpty() ? Optional.empty() : Optional.of(host.split("\\.")[0]);
  }
}
