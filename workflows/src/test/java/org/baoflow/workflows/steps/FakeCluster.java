package org.baoflow.workflows.steps;

import io.temporal.failure.ApplicationFailure;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.baoflow.workflows.BaoFlowDataConverter;
import org.baoflow.workflows.activities.BaoActivities;
import org.baoflow.workflows.activities.ResourceActivities;
import org.baoflow.workflows.activities.SecretActivities;
import org.baoflow.workflows.activities.WorkloadActivities;
import org.baoflow.workflows.model.ClusterSnapshot;

/**
 * A cluster in memory behind the resource, secret, workload and OpenBao activities: a StatefulSet
 * whose pods carry the template revision they were created from (OnDelete: a new template leaves
 * them stale until deleted), and a raft configuration with a leader. It logs every call in order,
 * and fails a call (non-retryably, type {@link #VIOLATION}) when the workflow breaks a rule a real
 * cluster would punish: a leader deleted without a step-down, voters awaited while a removed pod
 * still sits in the configuration, a wait for a pod count the StatefulSet does not have.
 */
public final class FakeCluster
    implements ResourceActivities, SecretActivities, WorkloadActivities, BaoActivities {
  /** The failure type of a broken rule. */
  public static final String VIOLATION = "FakeViolation";

  /** Secret material the fake keeps to itself, as the real activities do. */
  public static final List<String> SECRET_MATERIAL =
      List.of("unseal-key-4f9c0d1e", "s.root-token-77ab", "-----BEGIN PRIVATE KEY-----");

  private final List<String> calls = new ArrayList<>();
  private final Map<String, RuntimeException> failures = new HashMap<>();
  private final TreeMap<Integer, Pod> pods = new TreeMap<>();
  private final Set<String> members = new LinkedHashSet<>();
  private final Map<String, String> secrets = new HashMap<>();
  private String revision = "none";
  private String certificateHash = "cert-1";
  private String leader;
  private boolean selfInitConfigMap;
  private int uids;
  private int lingeringChecks;
  private int lingering;
  private Pod deletedView;

  /** One pod: its revision is the template it was created from. */
  private record Pod(String name, String uid, int ordinal, String revision) {}

  /** The calls so far, such as {@code apply WORKLOAD 1 bootstrapping} or {@code stepDown dev-1}. */
  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  /** Makes every call whose log line starts with {@code call} throw {@code failure}. */
  public synchronized void failOn(String call, RuntimeException failure) {
    failures.put(call, failure);
  }

  /** The certificate ensureTls reports from now on, as a re-issue does. */
  public synchronized void reissueCertificate(String hash) {
    certificateHash = hash;
  }

  /** A deleted pod stays listed, Ready with its old uid, for this many awaitPods calls. */
  public synchronized void lingerAfterDelete(int checks) {
    lingeringChecks = checks;
  }

  /**
   * A running, initialized cluster of {@code replicas} pods created from {@code cluster}'s template
   * (what the fake applies for it), with the pod of {@code leaderOrdinal} leading.
   */
  public synchronized void running(ClusterSnapshot cluster, int replicas, int leaderOrdinal) {
    revision = revisionOf(cluster, false, certificateHash);
    for (int ordinal = 0; ordinal < replicas; ordinal++) {
      Pod pod = newPod(cluster, ordinal);
      pods.put(ordinal, pod);
      members.add(pod.name());
    }
    leader = podName(cluster, leaderOrdinal);
  }

  /** The current raft configuration. */
  public synchronized Set<String> members() {
    return Set.copyOf(members);
  }

  @Override
  public synchronized ApplyResult apply(ApplyRequest request) {
    ClusterSnapshot cluster = request.cluster();
    String name = cluster.ref().name();
    called(
        "apply "
            + request.stage()
            + " "
            + request.replicas()
            + (request.bootstrapping() ? " bootstrapping" : ""));
    List<AppliedResource> resources = new ArrayList<>();
    switch (request.stage()) {
      case IDENTITY -> resources.add(resource("ServiceAccount", name, "sa"));
      case CONFIGURATION -> {
        resources.add(resource("ConfigMap", name + "-config", revisionOf(request)));
        if (request.bootstrapping()) {
          selfInitConfigMap = true;
          resources.add(resource("ConfigMap", name + "-self-init", "self-init"));
        } else if (selfInitConfigMap) {
          selfInitConfigMap = false;
          resources.add(
              new AppliedResource("ConfigMap", name + "-self-init", Outcome.DELETED, null));
        }
      }
      case NETWORK -> resources.add(resource("Service", name, "svc"));
      case WORKLOAD -> {
        revision = revisionOf(request);
        pods.tailMap(request.replicas()).clear();
        for (int ordinal = 0; ordinal < request.replicas(); ordinal++) {
          int o = ordinal;
          pods.computeIfAbsent(ordinal, ignored -> newPod(cluster, o));
        }
        resources.add(resource("StatefulSet", name, revision + "/" + request.replicas()));
      }
    }
    return new ApplyResult(resources);
  }

  @Override
  public synchronized TlsState ensureTls(TlsRequest request) {
    called("ensureTls");
    secrets.putIfAbsent("tls", SECRET_MATERIAL.get(2));
    return new TlsState(
        "ca-fingerprint", certificateHash, 2_000_000_000_000L, 1_900_000_000_000L, false);
  }

  @Override
  public synchronized GeneratedSecret ensureUnsealKey(ClusterSnapshot cluster) {
    called("ensureUnsealKey");
    boolean created = secrets.putIfAbsent("unseal", SECRET_MATERIAL.get(0)) == null;
    return new GeneratedSecret(cluster.ref().name() + "-unseal-key", created);
  }

  @Override
  public synchronized GeneratedSecret ensureDemoPassword(ClusterSnapshot cluster) {
    called("ensureDemoPassword");
    return new GeneratedSecret(cluster.ref().name() + "-demo-login", true);
  }

  @Override
  public synchronized PodsState awaitPods(AwaitPodsRequest request) {
    called("awaitPods " + request.replicas() + (request.current() ? " current" : ""));
    if (pods.size() != request.replicas()) {
      throw violation(
          "awaitPods " + request.replicas() + " but the StatefulSet has " + pods.size());
    }
    if (lingering > 0) {
      lingering--;
      return new PodsState(lingeringView());
    }
    return state(request.cluster());
  }

  @Override
  public synchronized PodsState pods(ClusterSnapshot cluster) {
    called("pods");
    return state(cluster);
  }

  @Override
  public synchronized void deletePod(PodRequest request) {
    called("deletePod " + request.pod());
    if (request.pod().equals(leader) && members.size() > 1) {
      throw violation("deleted leader " + request.pod() + " without a step-down");
    }
    pods.values().stream()
        .filter(pod -> pod.name().equals(request.pod()) && pod.uid().equals(request.uid()))
        .findFirst()
        .ifPresent(
            pod -> {
              deletedView = pod;
              lingering = lingeringChecks;
              pods.put(pod.ordinal(), newPod(request.cluster(), pod.ordinal()));
            });
  }

  @Override
  public synchronized List<String> deleteVolumes(VolumesRequest request) {
    called("deleteVolumes " + request.fromOrdinal());
    return List.of();
  }

  @Override
  public synchronized NodeState awaitApi(NodeRequest request) {
    called("awaitApi " + request.pod());
    return new NodeState(request.pod(), false, true, false);
  }

  @Override
  public synchronized NodeState awaitActive(NodeRequest request) {
    called("awaitActive " + request.pod());
    return initialized(request.pod());
  }

  @Override
  public synchronized NodeState initialize(ClusterSnapshot cluster) {
    called("initialize");
    secrets.putIfAbsent("root-token", SECRET_MATERIAL.get(1));
    return initialized(podName(cluster, 0));
  }

  @Override
  public synchronized void configureOperatorAccess(ClusterSnapshot cluster) {
    called("configureOperatorAccess");
  }

  @Override
  public synchronized LoginCheck verifyOperatorLogin(ClusterSnapshot cluster) {
    called("verifyOperatorLogin");
    return new LoginCheck("openbao-operator", List.of("openbao-operator"));
  }

  @Override
  public synchronized LoginCheck verifyDemoLogin(ClusterSnapshot cluster) {
    called("verifyDemoLogin");
    return new LoginCheck("demo", List.of("demo"));
  }

  @Override
  public synchronized RaftState awaitVoters(VotersRequest request) {
    called("awaitVoters " + String.join(",", request.pods()));
    Set<String> extra = new LinkedHashSet<>(members);
    extra.removeAll(request.pods());
    if (!extra.isEmpty()) {
      throw violation("raft configuration still holds " + extra + "; this wait would never end");
    }
    members.addAll(request.pods());
    return raft();
  }

  @Override
  public synchronized RaftState raftState(ClusterSnapshot cluster) {
    called("raftState");
    return raft();
  }

  @Override
  public synchronized void configureAutopilot(ClusterSnapshot cluster) {
    called("configureAutopilot");
  }

  @Override
  public synchronized RaftState stepDown(NodeRequest request) {
    called("stepDown " + request.pod());
    if (!request.pod().equals(leader)) {
      throw violation(request.pod() + " is not the leader, " + leader + " is");
    }
    leader =
        members.stream().filter(member -> !member.equals(request.pod())).findFirst().orElseThrow();
    return raft();
  }

  @Override
  public synchronized RaftState removePeers(PeersRequest request) {
    called("removePeers " + String.join(",", request.nodeIds()));
    members.removeAll(request.nodeIds());
    if (!members.contains(leader)) {
      leader = members.iterator().next();
    }
    return raft();
  }

  private void called(String call) {
    calls.add(call);
    for (Map.Entry<String, RuntimeException> failure : failures.entrySet()) {
      if (call.startsWith(failure.getKey())) {
        throw failure.getValue();
      }
    }
  }

  private NodeState initialized(String pod) {
    leader = pod;
    members.add(pod);
    return new NodeState(pod, true, false, true);
  }

  private RaftState raft() {
    return new RaftState(
        leader, members.stream().map(member -> new RaftMember(member, true, true)).toList());
  }

  private PodsState state(ClusterSnapshot cluster) {
    return new PodsState(
        pods.values().stream()
            .map(
                pod ->
                    new PodInfo(
                        pod.name(),
                        pod.uid(),
                        pod.ordinal(),
                        true,
                        !pod.revision().equals(revision)))
            .toList());
  }

  private List<PodInfo> lingeringView() {
    return pods.values().stream()
        .map(pod -> pod.ordinal() == deletedView.ordinal() ? deletedView : pod)
        .map(
            pod ->
                new PodInfo(
                    pod.name(), pod.uid(), pod.ordinal(), true, !pod.revision().equals(revision)))
        .toList();
  }

  private Pod newPod(ClusterSnapshot cluster, int ordinal) {
    return new Pod(podName(cluster, ordinal), "uid-" + ++uids, ordinal, revision);
  }

  private static String podName(ClusterSnapshot cluster, int ordinal) {
    return cluster.ref().name() + "-" + ordinal;
  }

  private static AppliedResource resource(String kind, String name, String content) {
    return new AppliedResource(kind, name, Outcome.PATCHED, "hash-" + kind + "-" + content);
  }

  private static String revisionOf(ApplyRequest request) {
    return revisionOf(request.cluster(), request.bootstrapping(), request.certificateHash());
  }

  private static String revisionOf(ClusterSnapshot cluster, boolean bootstrapping, String cert) {
    var configuration =
        BaoFlowDataConverter.get().toPayload(cluster.spec().getConfiguration()).orElseThrow();
    return bootstrapping
        + "|"
        + cert
        + "|"
        + Integer.toHexString(configuration.getData().toString(StandardCharsets.UTF_8).hashCode());
  }

  private static ApplicationFailure violation(String message) {
    return ApplicationFailure.newNonRetryableFailure(message, VIOLATION);
  }
}
