package org.baoflow.lane.sim.harness;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.temporal.client.WorkflowClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.baoflow.lane.sim.LaneTiming;
import org.baoflow.lane.sim.bao.NodeLauncher;
import org.baoflow.lane.sim.kube.ApiFaults;
import org.baoflow.lane.sim.kube.LaneKubernetes;
import org.baoflow.lane.sim.kube.auth.ServiceAccountIssuer;
import org.baoflow.lane.sim.kube.auth.SigningAlgorithm;
import org.baoflow.lane.sim.kubelet.ImageFaults;
import org.baoflow.lane.sim.pod.ClusterDns;
import org.baoflow.lane.sim.s3.RustFsSimulator;
import org.baoflow.lane.sim.temporal.LaneTemporal;

/**
 * The whole lane for one test class: one or more named Kubernetes clusters (each its own API server
 * and service-account issuer with its own key, ES256 unless set), one RustFS, one Temporal
 * (in-process with time skipping, or the real one at {@code TEMPORAL_ADDRESS}) and the timing
 * profile the simulators follow. Built with {@link Builder#openBao}, each cluster also runs a
 * kubelet for all its namespaces that starts OpenBao pods from their specs. The components start in
 * parallel; {@link #close()} stops them all.
 */
public final class Lane implements AutoCloseable {

  /** The name of the only cluster of a lane that names none. */
  public static final String DEFAULT_CLUSTER = "primary";

  private final Map<String, LaneCluster> clusters;
  private final RustFsSimulator rustFs;
  private final LaneTemporal temporal;
  private final LaneTiming timing;
  private final LaneFaults faults;
  private final LaneStartTimes startTimes;
  private final Map<String, KubernetesClient> clients = new ConcurrentHashMap<>();

  private Lane(
      Map<String, LaneCluster> clusters,
      RustFsSimulator rustFs,
      LaneTemporal temporal,
      LaneTiming timing,
      ImageFaults imageFaults,
      Optional<SimulatedOpenBao> openBao,
      LaneStartTimes startTimes) {
    this.clusters = clusters;
    this.rustFs = rustFs;
    this.temporal = temporal;
    this.timing = timing;
    this.startTimes = startTimes;
    Map<String, ApiFaults> apiFaults = new LinkedHashMap<>();
    clusters.forEach((name, cluster) -> apiFaults.put(name, cluster.kubernetes().faults()));
    this.faults = new LaneFaults(rustFs.faults(), apiFaults, imageFaults, openBao, this::client);
  }

  /** A lane with one cluster named {@value #DEFAULT_CLUSTER}, on the fast timing profile. */
  public static Builder builder() {
    return new Builder();
  }

  /** The first cluster (the only one, unless the lane was built with several). */
  public LaneKubernetes kubernetes() {
    return clusters.values().iterator().next().kubernetes();
  }

  /** The cluster of that name. */
  public LaneKubernetes kubernetes(String name) {
    return cluster(name).kubernetes();
  }

  /**
   * The DNS of the first cluster's pods: register hosts outside the cluster there, such as an
   * infrastructure OpenBao's Transit address. Only a lane built with {@link Builder#openBao} has
   * one.
   */
  public ClusterDns dns() {
    return dns(clusterNames().get(0));
  }

  /** The DNS of the named cluster's pods. */
  public ClusterDns dns(String name) {
    return cluster(name).dns();
  }

  private LaneCluster cluster(String name) {
    LaneCluster cluster = clusters.get(name);
    if (cluster == null) {
      throw new IllegalArgumentException(
          "no lane cluster " + name + "; the lane has " + clusters.keySet());
    }
    return cluster;
  }

  /** The cluster names, in the order they were given. */
  public List<String> clusterNames() {
    return List.copyOf(clusters.keySet());
  }

  /** A client of the first cluster, the same one every call; closed with the lane. */
  public KubernetesClient client() {
    return client(clusterNames().get(0));
  }

  /** A client of the named cluster, the same one every call; closed with the lane. */
  public KubernetesClient client(String cluster) {
    LaneKubernetes kubernetes = kubernetes(cluster);
    return clients.computeIfAbsent(cluster, name -> kubernetes.newClient());
  }

  /** The lane's S3 endpoint. */
  public RustFsSimulator rustFs() {
    return rustFs;
  }

  /** The lane's Temporal. */
  public LaneTemporal temporal() {
    return temporal;
  }

  /** The Temporal client on the lane's namespace. */
  public WorkflowClient workflowClient() {
    return temporal.workflowClient();
  }

  /** The delays the simulators wait. */
  public LaneTiming timing() {
    return timing;
  }

  /** The faults tests can make happen. */
  public LaneFaults faults() {
    return faults;
  }

  /** How long the lane took to start, in total and per component. */
  public LaneStartTimes startTimes() {
    return startTimes;
  }

  /** Stops Temporal, RustFS and the clusters (their kubelets and pods, then clients and APIs). */
  @Override
  public void close() {
    List<AutoCloseable> components = new ArrayList<>();
    components.add(temporal);
    components.add(rustFs);
    components.addAll(clusters.values());
    Closing.all(components, "the lane did not close cleanly");
  }

  /** What a lane is made of; {@link #start()} starts it. */
  public static final class Builder {
    private final Map<String, String> clusterIssuers = new LinkedHashMap<>();
    private LaneTiming timing = LaneTiming.fast();
    private SigningAlgorithm signingAlgorithm = SigningAlgorithm.ES256;
    private Path crdDirectory;
    private Map<String, String> environment = Map.copyOf(System.getenv());
    private Function<LaneClusterContext, NodeLauncher> launchers;
    private SimulatedOpenBao simulatedOpenBao;
    private boolean realTimeTemporal;

    private Builder() {}

    /**
     * Adds clusters of these names, each with the default issuer URL ({@value
     * ServiceAccountIssuer#DEFAULT_ISSUER}, as a real cluster has) and its own key. Without any,
     * the lane has one cluster named {@value Lane#DEFAULT_CLUSTER}.
     */
    public Builder clusters(String... names) {
      for (String name : names) {
        cluster(name, ServiceAccountIssuer.DEFAULT_ISSUER);
      }
      return this;
    }

    /** Adds a cluster whose tokens carry {@code issuerUrl} as their issuer. */
    public Builder cluster(String name, String issuerUrl) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(issuerUrl, "issuerUrl");
      if (clusterIssuers.putIfAbsent(name, issuerUrl) != null) {
        throw new IllegalArgumentException("cluster " + name + " is given twice");
      }
      return this;
    }

    /** The delays the simulators wait; {@link LaneTiming#fast()} unless set. */
    public Builder timing(LaneTiming timing) {
      this.timing = Objects.requireNonNull(timing, "timing");
      return this;
    }

    /**
     * The algorithm of the clusters' service-account signing keys. ES256 unless set: Kubernetes
     * accepts an ECDSA P-256 key as well as RSA, and generating one takes about a millisecond,
     * where an RSA-2048 key costs hundreds of milliseconds of CPU at every lane start.
     */
    public Builder signingAlgorithm(SigningAlgorithm signingAlgorithm) {
      this.signingAlgorithm = Objects.requireNonNull(signingAlgorithm, "signingAlgorithm");
      return this;
    }

    /**
     * Where the CRDs to install are; unless set, the {@code deploy/crds} of the working directory
     * or its nearest parent that has one.
     */
    public Builder crdDirectory(Path crdDirectory) {
      this.crdDirectory = Objects.requireNonNull(crdDirectory, "crdDirectory");
      return this;
    }

    /**
     * The environment that picks the Temporal ({@code TEMPORAL_ADDRESS}); the process environment
     * unless set.
     */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(environment);
      return this;
    }

    /**
     * Runs the Temporal test server on a loopback port in real time (no time skipping), as a worker
     * process connecting by address needs, unless {@code TEMPORAL_ADDRESS} names a real Temporal.
     * Without it the lane runs the in-process test server with time skipping.
     */
    public Builder realTimeTemporal() {
      this.realTimeTemporal = true;
      return this;
    }

    /**
     * Runs OpenBao pods: each cluster gets a kubelet for all its namespaces whose containers start
     * through the launcher {@code launchers} makes for that cluster (called once per cluster, with
     * the cluster's API, DNS and the lane's timing; a launcher shared by the clusters can be
     * returned for each). Without it the clusters run no pods.
     */
    public Builder openBao(Function<LaneClusterContext, NodeLauncher> launchers) {
      this.launchers = Objects.requireNonNull(launchers, "launchers");
      this.simulatedOpenBao = null;
      return this;
    }

    /**
     * Runs the lane's simulated OpenBao in every cluster, as {@link #openBao(Function)} does, and
     * lets {@link Lane#faults()} partition its nodes and fail or hang its endpoints.
     */
    public Builder openBao(SimulatedOpenBao openBao) {
      openBao((Function<LaneClusterContext, NodeLauncher>) openBao);
      this.simulatedOpenBao = openBao;
      return this;
    }

    /** Starts every component in parallel and returns once all are up. */
    public Lane start() {
      Map<String, String> issuers = new LinkedHashMap<>(clusterIssuers);
      if (issuers.isEmpty()) {
        issuers.put(DEFAULT_CLUSTER, ServiceAccountIssuer.DEFAULT_ISSUER);
      }
      Path crds = crdDirectory != null ? crdDirectory : CrdDirectory.findFrom(Path.of(""));
      SigningAlgorithm algorithm = signingAlgorithm;
      LaneTiming laneTiming = timing;
      Function<LaneClusterContext, NodeLauncher> clusterLaunchers = launchers;
      ImageFaults imageFaults = new ImageFaults();
      long started = System.nanoTime();
      ParallelStart parallel = new ParallelStart();
      issuers.forEach(
          (name, issuer) ->
              parallel.submit(
                  "kubernetes/" + name,
                  () ->
                      LaneCluster.start(
                          name,
                          crds,
                          issuer,
                          algorithm,
                          laneTiming,
                          imageFaults,
                          clusterLaunchers)));
      parallel.submit("rustfs", RustFsSimulator::inMemory);
      Map<String, String> temporalEnvironment = environment;
      boolean realTime = realTimeTemporal;
      parallel.submit(
          "temporal",
          () ->
              realTime
                  ? LaneTemporal.realTimeFromEnvironment(temporalEnvironment)
                  : LaneTemporal.fromEnvironment(temporalEnvironment));
      Map<String, AutoCloseable> components = parallel.awaitAll();
      Map<String, LaneCluster> clusters = new LinkedHashMap<>();
      issuers
          .keySet()
          .forEach(name -> clusters.put(name, (LaneCluster) components.get("kubernetes/" + name)));
      return new Lane(
          clusters,
          (RustFsSimulator) components.get("rustfs"),
          (LaneTemporal) components.get("temporal"),
          timing,
          imageFaults,
          Optional.ofNullable(simulatedOpenBao),
          new LaneStartTimes(Duration.ofNanos(System.nanoTime() - started), parallel.times()));
    }
  }
}
