package org.baoflow.lane.sim.bao;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.baoflow.lane.sim.bao.auth.BaoAuth;
import org.baoflow.lane.sim.bao.auth.JsonFetcher;
import org.baoflow.lane.sim.bao.raft.RaftServer;
import org.baoflow.lane.sim.bao.raft.RaftSnapshot;
import org.baoflow.lane.sim.bao.raft.SimRaft;
import org.baoflow.lane.sim.bao.seal.Seal;
import org.baoflow.lane.sim.bao.seal.SealMismatchException;
import org.baoflow.lane.sim.bao.storage.Barrier;
import org.baoflow.lane.sim.bao.storage.StorageEntry;
import org.baoflow.lane.sim.node.NodeConfig;

/**
 * One simulated OpenBao server process with an auto-unseal seal: initialized or not, sealed or not,
 * active or standby as the shared raft decides. Its {@link NodeStorage} outlives it, so a node
 * started again on the same storage comes back initialized and unseals itself with its own seal,
 * retrying every {@link org.baoflow.lane.sim.LaneTiming#autoUnsealRetry()} while the seal cannot
 * open the stored root key.
 */
public final class SimNode {

  /** The marker self-init writes before its requests and deletes after them (reference §5.2). */
  public static final String SELF_INIT_MARKER = "core/status/self-init";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final NodeIdentity identity;
  private final Seal seal;
  private final NodeStorage storage;
  private final NodeEnvironment environment;
  private final JsonFetcher fetcher;
  private final Set<String> unsealProgress = new HashSet<>();
  private Barrier barrier;
  private boolean running;
  private boolean selfInitFailed;
  private ScheduledExecutorService unsealLoop;

  /**
   * A stopped node.
   *
   * @param seal the seal its stanza opened; it wraps the root key at init and unwraps it to unseal
   * @param fetcher how this node's JWT auth fetches discovery documents and JWKS while it is active
   */
  public SimNode(
      NodeIdentity identity,
      Seal seal,
      NodeStorage storage,
      NodeEnvironment environment,
      JsonFetcher fetcher) {
    this.identity = identity;
    this.seal = seal;
    this.storage = storage;
    this.environment = environment;
    this.fetcher = fetcher;
  }

  /**
   * A stopped node as its config.hcl describes it; the lane simulates auto-unseal seals only, so a
   * config without an enabled seal stanza is an {@link IllegalArgumentException}.
   */
  public static SimNode of(
      NodeConfig config,
      Seal seal,
      NodeStorage storage,
      NodeEnvironment environment,
      JsonFetcher fetcher) {
    if (config.seal().filter(stanza -> !stanza.disabled()).isEmpty()) {
      throw new IllegalArgumentException("the lane simulates auto-unseal nodes only");
    }
    return new SimNode(NodeIdentity.of(config), seal, storage, environment, fetcher);
  }

  /**
   * Starts the process: an initialized node rejoins its raft and auto-unseals, retrying while its
   * seal cannot open the root key; a node whose storage holds a failed self-init's marker refuses
   * to unseal (see {@link #selfInitFailed()}).
   */
  public synchronized void start() {
    running = true;
    environment.network().attach(this);
    if (storage.cluster().isPresent() && !autoUnseal()) {
      unsealLoop =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                Thread thread = new Thread(task, "unseal-" + identity.nodeId());
                thread.setDaemon(true);
                return thread;
              });
      long interval = environment.timing().autoUnsealRetry().toMillis();
      unsealLoop.scheduleWithFixedDelay(
          this::retryUnseal, interval, interval, TimeUnit.MILLISECONDS);
    }
  }

  private synchronized void retryUnseal() {
    if (running && barrier == null && autoUnseal()) {
      unsealLoop.shutdown();
    }
  }

  /**
   * One attempt of the auto-unseal loop; true when it is over (unsealed, or refused for good after
   * a failed self-init), false when the seal could not open the root key.
   */
  private boolean autoUnseal() {
    BaoCluster cluster = storage.cluster().orElseThrow();
    Barrier opened;
    try {
      opened = cluster.storage().unseal(seal);
    } catch (SealMismatchException e) {
      return false;
    }
    if (opened.get(SELF_INIT_MARKER).isPresent()) {
      selfInitFailed = true;
      return true;
    }
    unsealWith(cluster, opened);
    return true;
  }

  /** Stops the process; raft sees the member gone. The storage stays. */
  public synchronized void stop() {
    running = false;
    if (unsealLoop != null) {
      unsealLoop.shutdownNow();
      unsealLoop = null;
    }
    environment.network().detach(this);
    sealInternally();
  }

  /** Seals the node as {@code sys/seal} does: it leaves the raft until unsealed again. */
  public synchronized void seal() {
    sealInternally();
  }

  private void sealInternally() {
    barrier = null;
    unsealProgress.clear();
    storage.cluster().ifPresent(c -> c.raft().setAlive(identity.nodeId(), false));
  }

  /** Who the node is. */
  public NodeIdentity identity() {
    return identity;
  }

  /** The barrier seal type {@code sys/seal-status} reports. */
  public String sealType() {
    return seal.identity().type();
  }

  /** The node's own seal. */
  public Seal ownSeal() {
    return seal;
  }

  /** The environment the node runs in. */
  public NodeEnvironment environment() {
    return environment;
  }

  /** Whether the process runs. */
  public synchronized boolean running() {
    return running;
  }

  /**
   * Whether the storage holds the marker of a self-init that failed: the node refuses to unseal,
   * and the process shuts down.
   */
  public synchronized boolean selfInitFailed() {
    return selfInitFailed;
  }

  /** Whether the storage belongs to an initialized cluster. */
  public boolean initialized() {
    return storage.cluster().isPresent();
  }

  /** Whether the barrier is sealed. */
  public synchronized boolean sealed() {
    return barrier == null;
  }

  /** The cluster, once the node is unsealed; empty while sealed. */
  public synchronized Optional<BaoCluster> unsealedCluster() {
    return barrier == null ? Optional.empty() : storage.cluster();
  }

  /** The cluster the storage belongs to, sealed or not. */
  public Optional<BaoCluster> cluster() {
    return storage.cluster();
  }

  /** The raft as this node sees it (no leader while partitioned); empty while sealed. */
  public Optional<RaftSnapshot> raft() {
    return unsealedCluster().map(cluster -> cluster.raft().snapshotSeenBy(identity.nodeId()));
  }

  /**
   * Cuts this node off from its raft peers while it keeps running and answering HTTP (see {@link
   * SimRaft#partition}).
   *
   * @throws IllegalStateException when the node belongs to no cluster yet
   */
  public void partition() {
    joinedCluster().raft().partition(identity.nodeId());
  }

  /** Ends this node's partition: it rejoins its raft peers as a follower. */
  public void heal() {
    joinedCluster().raft().heal(identity.nodeId());
  }

  private BaoCluster joinedCluster() {
    return storage
        .cluster()
        .orElseThrow(
            () -> new IllegalStateException(identity.nodeId() + " belongs to no cluster yet"));
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
   * {@code sys/init}: wraps a new root key with this node's seal, bootstraps a one-node raft on
   * this node and, the seal being automatic, leaves it unsealed and active.
   */
  public synchronized InitResult initialize(InitParams params) {
    if (initialized()) {
      throw BaoException.of(400, "Vault is already initialized");
    }
    params.validateForAutoUnseal(sealType());
    org.baoflow.lane.sim.bao.storage.NodeStorage physical =
        org.baoflow.lane.sim.bao.storage.NodeStorage.initialize(seal);
    SimRaft raft =
        SimRaft.bootstrap(
            identity.nodeId(),
            identity.clusterAddress(),
            identity.apiAddress(),
            environment.clock(),
            environment.timing());
    ClusterBarrier clusterBarrier = new ClusterBarrier();
    BaoAuth auth = newClusterAuth(raft, clusterBarrier);
    List<String> recoveryKeys = new ArrayList<>();
    for (int i = 0; i < params.recoveryShares(); i++) {
      recoveryKeys.add(HexFormat.of().formatHex(randomBytes(33)));
    }
    BaoCluster cluster =
        new BaoCluster(
            "vault-cluster-" + HexFormat.of().formatHex(randomBytes(4)),
            UUID.randomUUID().toString(),
            raft,
            physical,
            clusterBarrier,
            auth,
            params.recoveryShares(),
            params.recoveryThreshold(),
            recoveryKeys);
    if (!storage.bind(cluster)) {
      throw BaoException.of(400, "Vault is already initialized");
    }
    unsealWith(cluster, physical.unseal(seal));
    auth.policies().storeDefault();
    return new InitResult(auth.tokens().createRoot().id(), recoveryKeys);
  }

  /**
   * The one place a cluster's auth is built. Its JWT discovery goes out from whichever node is
   * active, as OpenBao's active node makes those calls.
   */
  private BaoAuth newClusterAuth(SimRaft raft, ClusterBarrier barrier) {
    JsonFetcher activeNodeFetcher =
        (url, caPem) -> activeNode(raft).orElse(this).fetcher.fetch(url, caPem);
    return new BaoAuth(environment.clock(), activeNodeFetcher, environment.tokenReview(), barrier);
  }

  private Optional<SimNode> activeNode(SimRaft raft) {
    return raft.snapshot()
        .leaderServer()
        .map(RaftServer::apiAddress)
        .flatMap(environment.network()::node);
  }

  /**
   * {@code sys/storage/raft/join}: an initialized node answers true and does nothing; an empty one
   * joins the cluster of the node at {@code leaderApiAddress} and, auto-unsealed, unseals. A node
   * whose seal cannot open the cluster's root key cannot answer the join challenge and stays out.
   */
  public boolean join(String leaderApiAddress, boolean nonVoter) {
    // An initialized node answers joined without looking for the leader (reference §3).
    if (initialized()) {
      return true;
    }
    SimNode leader =
        environment
            .network()
            .node(leaderApiAddress)
            .orElseThrow(
                () ->
                    BaoException.of(
                        500,
                        "failed to join raft cluster: no leader reachable at " + leaderApiAddress));
    return joinCluster(leader, nonVoter);
  }

  /** Joins the cluster {@code leader} serves, as {@link #join} does once the leader is found. */
  public synchronized boolean joinCluster(SimNode leader, boolean nonVoter) {
    if (initialized()) {
      return true;
    }
    BaoCluster cluster =
        leader
            .unsealedCluster()
            .orElseThrow(
                () ->
                    BaoException.of(500, "failed to join raft cluster: the leader node is sealed"));
    Barrier opened;
    try {
      opened = cluster.storage().unseal(seal);
    } catch (SealMismatchException e) {
      throw BaoException.of(
          500, "failed to join raft cluster: error decrypting the join challenge with the seal");
    }
    if (!cluster
        .raft()
        .join(identity.nodeId(), identity.clusterAddress(), identity.apiAddress(), nonVoter)) {
      throw BaoException.of(500, "failed to join raft cluster: no active Vault instance found");
    }
    storage.bind(cluster);
    unsealWith(cluster, opened);
    return true;
  }

  /**
   * {@code sys/unseal} with a recovery share: a sealed auto-unseal node unseals once enough
   * distinct recovery shares were given and its seal opens the root key. Returns after recording
   * the share.
   */
  public synchronized void unsealWithRecoveryShare(byte[] share) {
    BaoCluster cluster =
        storage.cluster().orElseThrow(() -> BaoException.of(400, "Vault is not initialized"));
    if (barrier != null) {
      return;
    }
    String hex = HexFormat.of().formatHex(share);
    if (!cluster.recoveryKeys().contains(hex)) {
      throw BaoException.of(400, "recovery key verification failed");
    }
    unsealProgress.add(hex);
    if (unsealProgress.size() >= cluster.recoveryThreshold()) {
      try {
        unsealWith(cluster, cluster.storage().unseal(seal));
      } catch (SealMismatchException e) {
        unsealProgress.clear();
        throw BaoException.of(500, "failed to unseal: the seal cannot decrypt the root key");
      }
    }
  }

  /** {@code sys/unseal} with {@code reset}: clears the shares entered so far. */
  public synchronized void resetUnseal() {
    if (barrier != null) {
      throw BaoException.of(400, "vault is unsealed");
    }
    unsealProgress.clear();
  }

  /**
   * Applies a validated snapshot to the cluster, as the active node does after answering the
   * restore: every entry is replaced, raft membership is kept, and every running member re-reads
   * the keyring with its own seal; a member whose seal cannot open the restored root key seals and
   * stays sealed.
   */
  public void applyRestore(List<StorageEntry> entries) {
    BaoCluster cluster = unsealedCluster().orElseThrow(BaoException::sealed);
    cluster.barrier().close();
    cluster.storage().replaceAll(entries);
    for (SimNode member : environment.network().nodes()) {
      if (member.cluster().filter(cluster::equals).isPresent()) {
        member.reopenAfterRestore(cluster);
      }
    }
  }

  private synchronized void reopenAfterRestore(BaoCluster cluster) {
    if (barrier == null) {
      return;
    }
    try {
      unsealWith(cluster, cluster.storage().unseal(seal));
    } catch (SealMismatchException e) {
      sealInternally();
    }
  }

  private void unsealWith(BaoCluster cluster, Barrier opened) {
    barrier = opened;
    unsealProgress.clear();
    cluster.barrier().open(opened);
    cluster.raft().setAlive(identity.nodeId(), true);
  }

  private static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
