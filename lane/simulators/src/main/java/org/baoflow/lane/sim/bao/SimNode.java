package org.baoflow.lane.sim.bao;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.baoflow.lane.sim.bao.raft.RaftSnapshot;
import org.baoflow.lane.sim.bao.raft.SimRaft;
import org.baoflow.lane.sim.node.NodeConfig;
import org.baoflow.lane.sim.node.SealConfig;

/**
 * One simulated OpenBao server process with an auto-unseal seal: initialized or not, sealed or not,
 * active or standby as the shared raft decides. Its {@link NodeStorage} outlives it, so a node
 * started again on the same storage comes back initialized and unseals itself.
 */
public final class SimNode {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final NodeIdentity identity;
  private final String sealType;
  private final NodeStorage storage;
  private final NodeEnvironment environment;
  private final Set<String> unsealProgress = new HashSet<>();
  private boolean sealed = true;
  private boolean running;

  /** A stopped node; {@code sealType} is the barrier seal type, e.g. {@code static}. */
  public SimNode(
      NodeIdentity identity, String sealType, NodeStorage storage, NodeEnvironment environment) {
    this.identity = identity;
    this.sealType = sealType;
    this.storage = storage;
    this.environment = environment;
  }

  /**
   * A stopped node as its config.hcl describes it; the lane simulates auto-unseal seals only, so a
   * config without an enabled seal stanza is an {@link IllegalArgumentException}.
   */
  public static SimNode of(NodeConfig config, NodeStorage storage, NodeEnvironment environment) {
    String sealType =
        config
            .seal()
            .filter(seal -> !seal.disabled())
            .map(SealConfig::type)
            .orElseThrow(
                () -> new IllegalArgumentException("the lane simulates auto-unseal nodes only"));
    return new SimNode(NodeIdentity.of(config), sealType, storage, environment);
  }

  /** Starts the process: an initialized node rejoins its raft and auto-unseals. */
  public synchronized void start() {
    running = true;
    environment.network().attach(this);
    storage.cluster().ifPresent(cluster -> unsealInto(cluster));
  }

  /** Stops the process; raft sees the member gone. The storage stays. */
  public synchronized void stop() {
    running = false;
    environment.network().detach(this);
    sealInternally();
  }

  /** Seals the node as {@code sys/seal} does: it leaves the raft until unsealed again. */
  public synchronized void seal() {
    sealInternally();
  }

  private void sealInternally() {
    sealed = true;
    unsealProgress.clear();
    storage.cluster().ifPresent(c -> c.raft().setAlive(identity.nodeId(), false));
  }

  /** Who the node is. */
  public NodeIdentity identity() {
    return identity;
  }

  /** The barrier seal type {@code sys/seal-status} reports. */
  public String sealType() {
    return sealType;
  }

  /** The environment the node runs in. */
  public NodeEnvironment environment() {
    return environment;
  }

  /** Whether the process runs. */
  public synchronized boolean running() {
    return running;
  }

  /** Whether the storage belongs to an initialized cluster. */
  public boolean initialized() {
    return storage.cluster().isPresent();
  }

  /** Whether the barrier is sealed. */
  public synchronized boolean sealed() {
    return sealed;
  }

  /** The cluster, once the node is unsealed; empty while sealed. */
  public synchronized Optional<BaoCluster> unsealedCluster() {
    return sealed ? Optional.empty() : storage.cluster();
  }

  /** The cluster the storage belongs to, sealed or not. */
  public Optional<BaoCluster> cluster() {
    return storage.cluster();
  }

  /** The raft as this node sees it; empty while sealed. */
  public Optional<RaftSnapshot> raft() {
    return unsealedCluster().map(cluster -> cluster.raft().snapshot());
  }

  /** Whether this node is unsealed and the raft leader. */
  public boolean active() {
    return raft().flatMap(RaftSnapshot::leader).filter(identity.nodeId()::equals).isPresent();
  }

  /** Shares entered towards unsealing a sealed, initialized node. */
  public synchronized int unsealProgress() {
    return unsealProgress.size();
  }

  /**
   * {@code sys/init}: bootstraps a one-node raft on this node and, the seal being automatic, leaves
   * it unsealed and active.
   */
  public synchronized InitResult initialize(InitParams params) {
    if (initialized()) {
      throw BaoException.of(400, "Vault is already initialized");
    }
    params.validateForAutoUnseal(sealType);
    SimRaft raft =
        SimRaft.bootstrap(
            identity.nodeId(),
            identity.clusterAddress(),
            identity.apiAddress(),
            environment.clock(),
            environment.timing());
    Authorizer authorizer = environment.authorizers().get();
    List<String> recoveryKeys = new ArrayList<>();
    for (int i = 0; i < params.recoveryShares(); i++) {
      byte[] share = new byte[33];
      RANDOM.nextBytes(share);
      recoveryKeys.add(HexFormat.of().formatHex(share));
    }
    BaoCluster cluster =
        new BaoCluster(
            "vault-cluster-" + HexFormat.of().formatHex(randomBytes(4)),
            UUID.randomUUID().toString(),
            raft,
            authorizer,
            params.recoveryShares(),
            params.recoveryThreshold(),
            recoveryKeys);
    if (!storage.bind(cluster)) {
      throw BaoException.of(400, "Vault is already initialized");
    }
    sealed = false;
    return new InitResult(authorizer.createRootToken(), recoveryKeys);
  }

  /**
   * {@code sys/storage/raft/join}: an initialized node answers true and does nothing; an empty one
   * joins the cluster of the node at {@code leaderApiAddress} and, auto-unsealed, unseals.
   */
  public synchronized boolean join(String leaderApiAddress, boolean nonVoter) {
    if (initialized()) {
      return true;
    }
    BaoCluster cluster =
        environment
            .network()
            .node(leaderApiAddress)
            .flatMap(SimNode::unsealedCluster)
            .orElseThrow(
                () ->
                    BaoException.of(
                        500,
                        "failed to join raft cluster: no leader reachable at " + leaderApiAddress));
    if (!cluster
        .raft()
        .join(identity.nodeId(), identity.clusterAddress(), identity.apiAddress(), nonVoter)) {
      throw BaoException.of(500, "failed to join raft cluster: no active Vault instance found");
    }
    storage.bind(cluster);
    sealed = false;
    return true;
  }

  /**
   * {@code sys/unseal} with a recovery share: a sealed auto-unseal node unseals once enough
   * distinct recovery shares were given. Returns after recording the share.
   */
  public synchronized void unsealWithRecoveryShare(byte[] share) {
    BaoCluster cluster =
        storage.cluster().orElseThrow(() -> BaoException.of(400, "Vault is not initialized"));
    if (!sealed) {
      return;
    }
    String hex = HexFormat.of().formatHex(share);
    if (!cluster.recoveryKeys().contains(hex)) {
      throw BaoException.of(400, "recovery key verification failed");
    }
    unsealProgress.add(hex);
    if (unsealProgress.size() >= cluster.recoveryThreshold()) {
      unsealInto(cluster);
    }
  }

  /** {@code sys/unseal} with {@code reset}: clears the shares entered so far. */
  public synchronized void resetUnseal() {
    if (!sealed) {
      throw BaoException.of(400, "vault is unsealed");
    }
    unsealProgress.clear();
  }

  private void unsealInto(BaoCluster cluster) {
    sealed = false;
    unsealProgress.clear();
    cluster.raft().setAlive(identity.nodeId(), true);
  }

  private static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
