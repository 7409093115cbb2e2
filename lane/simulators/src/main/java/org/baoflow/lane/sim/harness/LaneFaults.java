package org.baoflow.lane.sim.harness;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.baoflow.lane.sim.bao.SimNode;
import org.baoflow.lane.sim.bao.faults.BaoFaults;
import org.baoflow.lane.sim.kube.ApiFailure;
import org.baoflow.lane.sim.kube.ApiFaults;
import org.baoflow.lane.sim.kubelet.ImageFaults;
import org.baoflow.lane.sim.kubelet.Kubelet;
import org.baoflow.lane.sim.s3.S3Fault;
import org.baoflow.lane.sim.s3.S3FaultInjector;

/**
 * The faults a reliability test can drive on a lane, in one place: failing S3 calls and failing
 * Kubernetes API calls of one cluster, images whose containers crash-loop or cannot be pulled,
 * killed pods and leaders, and, on a lane built with {@link SimulatedOpenBao}, partitioned OpenBao
 * nodes and failing or hanging OpenBao endpoints.
 */
public final class LaneFaults {
  /** The label OpenBao's service registration sets on the active node's pod. */
  private static final String ACTIVE_LABEL = "openbao-active";

  /** The label our renderers put on every pod of an OpenBao cluster. */
  private static final String CLUSTER_LABEL = "openbao.org/cluster";

  private final S3FaultInjector s3;
  private final Map<String, ApiFaults> apiServers;
  private final ImageFaults images;
  private final Optional<SimulatedOpenBao> openBao;
  private final Function<String, KubernetesClient> clients;

  /**
   * @param clients the lane's client of a cluster, by cluster name
   */
  LaneFaults(
      S3FaultInjector s3,
      Map<String, ApiFaults> apiServers,
      ImageFaults images,
      Optional<SimulatedOpenBao> openBao,
      Function<String, KubernetesClient> clients) {
    this.s3 = s3;
    this.apiServers = Map.copyOf(apiServers);
    this.images = images;
    this.openBao = openBao;
    this.clients = clients;
  }

  /**
   * The images the kubelets of a lane built with {@link Lane.Builder#openBao} treat as broken: mark
   * one crash-looping or missing, heal it again.
   */
  public ImageFaults images() {
    return images;
  }

  /** Makes the next {@code count} requests to the lane's S3 endpoint fail with {@code fault}. */
  public void failNextS3Calls(int count, S3Fault fault) {
    s3.failNext(count, fault);
  }

  /**
   * Makes the next {@code count} requests to {@code cluster}'s API server that match {@code verb}
   * and {@code resource} fail with {@code failure}.
   *
   * @param verb an RBAC verb or {@code *}
   * @param resource a plural resource as RBAC writes it ({@code statefulsets/status}) or {@code *}
   */
  public void failNextApiCalls(
      String cluster, int count, String verb, String resource, ApiFailure failure) {
    api(cluster).failNext(count, verb, resource, failure);
  }

  /** The S3 endpoint's faults, to see what is pending or was injected. */
  public S3FaultInjector s3() {
    return s3;
  }

  /** The API server faults of {@code cluster}, to see what is pending or was injected. */
  public ApiFaults api(String cluster) {
    ApiFaults faults = apiServers.get(cluster);
    if (faults == null) {
      throw new IllegalArgumentException(
          "no lane cluster " + cluster + "; the lane has " + apiServers.keySet());
    }
    return faults;
  }

  /**
   * The OpenBao endpoint faults, shared by every node of the lane: fail or hang the next requests
   * to a node's path, or all of them until cleared.
   *
   * @throws IllegalStateException when the lane was not built with {@link SimulatedOpenBao}
   */
  public BaoFaults openBao() {
    return simulatedOpenBao().faults();
  }

  /**
   * Kills {@code pod} at once (deleted with grace period 0 through the cluster's API): the kubelet
   * stops its container, and a StatefulSet's controller creates the pod again.
   */
  public void killPod(String cluster, String namespace, String pod) {
    clients.apply(cluster).pods().inNamespace(namespace).withName(pod).withGracePeriod(0).delete();
  }

  /**
   * Kills the pod of OpenBao cluster {@code openBaoClusterName} that service registration labels
   * active ({@code openbao-active=true}), as {@link #killPod} does, and returns its name.
   *
   * @throws IllegalStateException when no single pod of the cluster is labelled active
   */
  public String killLeader(String cluster, String namespace, String openBaoClusterName) {
    List<String> active =
        clients
            .apply(cluster)
            .pods()
            .inNamespace(namespace)
            .withLabel(CLUSTER_LABEL, openBaoClusterName)
            .withLabel(ACTIVE_LABEL, "true")
            .list()
            .getItems()
            .stream()
            .filter(pod -> pod.getMetadata().getDeletionTimestamp() == null)
            .map(pod -> pod.getMetadata().getName())
            .toList();
    if (active.size() != 1) {
      throw new IllegalStateException(
          "expected one active pod of "
              + namespace
              + "/"
              + openBaoClusterName
              + " in lane cluster "
              + cluster
              + ", found "
              + active);
    }
    killPod(cluster, namespace, active.get(0));
    return active.get(0);
  }

  /**
   * Partitions the OpenBao node running in {@code pod} from its raft peers: it keeps running and
   * answering HTTP, but a leader loses leadership to the majority and a follower stops receiving
   * entries. The partition lasts until {@link #heal}, also if the pod restarts.
   *
   * @throws IllegalStateException when the pod runs no node of an initialized cluster
   */
  public void partition(String cluster, String namespace, String pod) {
    node(cluster, namespace, pod).partition();
  }

  /** Ends the partition of the OpenBao node in {@code pod}: it rejoins as a follower. */
  public void heal(String cluster, String namespace, String pod) {
    node(cluster, namespace, pod).heal();
  }

  /** The simulated node behind the loopback port the kubelet published on the pod. */
  private SimNode node(String cluster, String namespace, String podName) {
    Pod pod = clients.apply(cluster).pods().inNamespace(namespace).withName(podName).get();
    String where = namespace + "/" + podName + " in lane cluster " + cluster;
    if (pod == null) {
      throw new IllegalStateException("no pod " + where);
    }
    String port =
        pod.getMetadata().getAnnotations() == null
            ? null
            : pod.getMetadata().getAnnotations().get(Kubelet.PORT_ANNOTATION);
    if (port == null) {
      throw new IllegalStateException("no running container in pod " + where);
    }
    return simulatedOpenBao()
        .network(cluster)
        .nodeListeningOn(Integer.parseInt(port))
        .orElseThrow(() -> new IllegalStateException("no OpenBao node running in pod " + where));
  }

  private SimulatedOpenBao simulatedOpenBao() {
    return openBao.orElseThrow(
        () ->
            new IllegalStateException(
                "the lane runs no simulated OpenBao: build it with"
                    + " openBao(SimulatedOpenBao.launchers())"));
  }

  /** Drops every pending S3, API server and OpenBao endpoint fault. */
  public void clear() {
    s3.clear();
    apiServers.values().forEach(ApiFaults::clear);
    openBao.ifPresent(simulated -> simulated.faults().clear());
  }
}
