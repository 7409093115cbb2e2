package org.baoflow.lane;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.baoflow.api.v1alpha1.DeletionPolicy;
import org.baoflow.api.v1alpha1.IngressSpec;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.lane.rbac.RbacGrant;
import org.baoflow.lane.rbac.RbacRequest;
import org.baoflow.lane.rbac.RbacRules;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.lane.sim.harness.SimulatedOpenBao;
import org.baoflow.lane.sim.kube.ApiCall;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The RBAC of {@code deploy/} is enough and no more: the real worker and watcher run a bootstrap, a
 * scale out and back, a configuration roll and deletes under two deletion policies in the lane,
 * whose API server logs every call by client; each call must be allowed by the rules the install
 * manifests grant that client's ServiceAccount, and each grant must be used by some call or be one
 * of the exceptions below, with its reason.
 */
@Timeout(600)
class DeployRbacLaneIT {
  private static final String NAMESPACE = "openbao";
  private static final String SYSTEM = LaneBaoFlow.PLATFORM.workerNamespace();

  /** Calls the lane's worker makes that the worker installed by deploy/worker.yaml does not. */
  private static final Map<RbacRequest, String> LANE_ONLY_CALLS =
      Map.of(
          new RbacRequest(
              "create",
              "",
              "serviceaccounts",
              "token",
              SYSTEM,
              LaneBaoFlow.PLATFORM.workerServiceAccount()),
          "LaneBaoFlow's worker asks the TokenRequest API for its OpenBao token; deploy/worker.yaml"
              + " mounts a projected token (BAOFLOW_OPENBAO_TOKEN_FILE) instead");

  /** Grants the run does not use, and why the manifests still hold them. */
  private static final Map<String, String> UNUSED_GRANTS = unusedGrants();

  private static Map<String, String> unusedGrants() {
    Map<String, String> unused = new LinkedHashMap<>();
    String heldToGrant =
        "never called by the worker; held so Kubernetes lets it write the OpenBao pods' Role,"
            + " which grants it (no escalate/bind)";
    unused.put("ClusterRole/baoflow-worker: update pods", heldToGrant);
    unused.put("ClusterRole/baoflow-worker: patch pods", heldToGrant);
    unused.put(
        "ClusterRole/baoflow-worker: update openbaoclusters/finalizers.openbao.org",
        "no call: the admission plugin OwnerReferencesPermissionEnforcement demands it of whoever"
            + " sets blockOwnerDeletion on an owner reference to the cluster; the lane runs no"
            + " admission plugins");
    String alwaysRendered =
        "the prune deletes what is no longer rendered; these are always rendered under the same"
            + " names, so only a rename would delete one";
    unused.put("ClusterRole/baoflow-worker: delete serviceaccounts", alwaysRendered);
    unused.put(
        "ClusterRole/baoflow-worker: delete networkpolicies.networking.k8s.io", alwaysRendered);
    unused.put(
        "ClusterRole/baoflow-worker: delete roles.rbac.authorization.k8s.io", alwaysRendered);
    unused.put(
        "ClusterRole/baoflow-worker: delete rolebindings.rbac.authorization.k8s.io",
        alwaysRendered);
    unused.put(
        "ClusterRole/baoflow-worker: patch secrets",
        "CleanupActivitiesImpl.orphan drops an owner reference to the cluster from a Secret kept"
            + " under Retain; the Secrets BaoFlow generates today carry none, so nothing is patched");
    unused.put(
        "ClusterRole/baoflow-worker: update secrets",
        "ServerTls replaces the server certificate Secret in place at its renewal point or when a"
            + " needed name is not covered; scaling stays within the headless Service's wildcard"
            + " and this run reaches no renewal (SecretActivitiesImplTest renews in the lane)");
    unused.put(
        "ClusterRole/baoflow-worker: update events",
        "status.ClusterEvents counts a repeated Event up; the run repeats none");
    for (String route : List.of("httproutes", "tlsroutes", "backendtlspolicies")) {
      for (String verb : List.of("get", "patch", "delete")) {
        unused.put(
            "ClusterRole/baoflow-worker: " + verb + " " + route + ".gateway.networking.k8s.io",
            "spec.gateway's routes; the lane has no Gateway API CRDs, so only the prune's list"
                + " runs");
      }
    }
    return unused;
  }

  private static Lane lane;
  private static LaneBaoFlow flow;
  private static OperatedClusters clusters;
  private static final List<Role> openBaoRoles = new ArrayList<>();

  @BeforeAll
  @Timeout(540)
  static void runTheLifecycles() {
    lane = Lane.builder().realTimeTemporal().openBao(SimulatedOpenBao.launchers()).start();
    flow = LaneBaoFlow.start(lane, Lane.DEFAULT_CLUSTER);
    clusters = new OperatedClusters(lane.client());

    clusters.create(cluster("gone", DeletionPolicy.DELETE_ALL));
    OpenBaoCluster kept = cluster("kept", DeletionPolicy.RETAIN);
    IngressSpec ingress = new IngressSpec();
    ingress.setEnabled(true);
    ingress.setHost("kept.example.com");
    kept.getSpec().setIngress(ingress);
    clusters.create(kept);
    clusters.awaitStatus(NAMESPACE, "gone", "Running", OperatedClusters.running(1, 1));
    clusters.awaitStatus(NAMESPACE, "kept", "Running", OperatedClusters.running(1, 1));

    clusters.edit(NAMESPACE, "gone", c -> c.getSpec().setReplicas(3));
    clusters.awaitStatus(NAMESPACE, "gone", "Running with 3", OperatedClusters.running(3, 2));
    clusters.edit(NAMESPACE, "gone", c -> c.getSpec().setReplicas(1));
    clusters.awaitStatus(NAMESPACE, "gone", "Running with 1", OperatedClusters.running(1, 3));
    // The status may read Running before a converge starts: wait for what the converge does.
    String podBefore = clusters.pods(NAMESPACE, "gone").get(0).getMetadata().getUid();
    clusters.edit(
        NAMESPACE, "gone", c -> c.getSpec().setConfiguration(OperatedClusters.debugLogging(c)));
    awaitTrue(
        "gone-0 restarted",
        () ->
            clusters.pods(NAMESPACE, "gone").stream()
                .anyMatch(pod -> !pod.getMetadata().getUid().equals(podBefore)));
    clusters.awaitStatus(NAMESPACE, "gone", "rolled", OperatedClusters.running(1, 4));
    // No edge any more: the prune deletes the Ingress and the public Service.
    int servicesBefore = labelled(lane.client().services(), "kept");
    clusters.edit(
        NAMESPACE,
        "kept",
        c -> {
          c.getSpec().setIngress(null);
          c.getSpec().setService(null);
        });
    awaitTrue(
        "the Ingress and the public Service of kept pruned",
        () ->
            labelled(lane.client().network().v1().ingresses(), "kept") == 0
                && labelled(lane.client().services(), "kept") < servicesBefore);
    clusters.awaitStatus(NAMESPACE, "kept", "without edge", OperatedClusters.running(1, 2));

    openBaoRoles.addAll(lane.client().rbac().roles().inNamespace(NAMESPACE).list().getItems());
    for (String name : List.of("gone", "kept")) {
      lane.client().resources(OpenBaoCluster.class).inNamespace(NAMESPACE).withName(name).delete();
    }
    clusters.awaitGone(NAMESPACE, "gone");
    clusters.awaitGone(NAMESPACE, "kept");
  }

  private static int labelled(
      MixedOperation<? extends HasMetadata, ? extends KubernetesResourceList<?>, ?> kind,
      String cluster) {
    return kind.inNamespace(NAMESPACE)
        .withLabel("openbao.org/cluster", cluster)
        .list()
        .getItems()
        .size();
  }

  private static void awaitTrue(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + OperatedClusters.WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + OperatedClusters.WAIT + " for " + what);
      }
      OperatedClusters.sleep(100);
    }
  }

  private static OpenBaoCluster cluster(String name, DeletionPolicy policy) {
    OpenBaoCluster cluster = OperatedClusters.load(OperatedClusters.DEV_SAMPLE, name);
    cluster.getSpec().setReplicas(1);
    cluster.getSpec().setDeletionPolicy(policy);
    return cluster;
  }

  @AfterAll
  static void stopLane() {
    for (AutoCloseable closeable : new AutoCloseable[] {flow, lane}) {
      try {
        if (closeable != null) {
          closeable.close();
        }
      } catch (Exception e) {
        // keep closing the rest
      }
    }
  }

  @Test
  void everyCallOfTheWorkerIsAllowedAndEveryGrantIsUsed() {
    RbacRules rules =
        RbacRules.forServiceAccount(
            DeployManifests.objects(), SYSTEM, LaneBaoFlow.PLATFORM.workerServiceAccount());
    List<RbacRequest> calls = calls(LaneBaoFlow.WORKER_USER_AGENT);

    assertThat(calls).as("the worker's calls").hasSizeGreaterThan(100);
    assertThat(denied(rules, calls)).as("calls the worker's RBAC denies").isEmpty();
    assertThat(calls).as("the lane-only calls still happen").containsAll(LANE_ONLY_CALLS.keySet());
    assertThat(unused(rules, calls))
        .as("grants no call used")
        .containsExactlyInAnyOrderElementsOf(exceptionsOf("ClusterRole/baoflow-worker"));
  }

  @Test
  void everyCallOfTheWatcherIsAllowedAndEveryGrantIsUsed() {
    RbacRules rules =
        RbacRules.forServiceAccount(DeployManifests.objects(), SYSTEM, "baoflow-watcher");
    List<RbacRequest> calls = calls(LaneBaoFlow.WATCHER_USER_AGENT);

    assertThat(calls).as("the watcher's calls").hasSizeGreaterThan(5);
    assertThat(denied(rules, calls)).as("calls the watcher's RBAC denies").isEmpty();
    assertThat(unused(rules, calls))
        .as("grants no call used")
        .containsExactlyInAnyOrderElementsOf(exceptionsOf("ClusterRole/baoflow-watcher"));
  }

  /**
   * Kubernetes refuses to create a Role that grants more than its creator holds (unless it may
   * {@code escalate}): the worker must hold every rule of the OpenBao pods' Role in the cluster's
   * namespace.
   */
  @Test
  void theWorkerHoldsEveryPermissionOfTheRolesItCreates() {
    RbacRules rules =
        RbacRules.forServiceAccount(
            DeployManifests.objects(), SYSTEM, LaneBaoFlow.PLATFORM.workerServiceAccount());
    assertThat(openBaoRoles).as("Roles the worker created").hasSize(2);

    List<String> notHeld = new ArrayList<>();
    for (Role role : openBaoRoles) {
      for (PolicyRule rule : role.getRules()) {
        for (String group : rule.getApiGroups()) {
          for (String resource : rule.getResources()) {
            for (String verb : rule.getVerbs()) {
              RbacRequest request =
                  new RbacRequest(verb, group, resource, null, NAMESPACE, "some-pod");
              if (rules.allowing(request).isEmpty()) {
                notHeld.add(role.getMetadata().getName() + ": " + request);
              }
            }
          }
        }
      }
    }
    assertThat(notHeld).isEmpty();
  }

  private static List<RbacRequest> calls(String userAgent) {
    return lane.kubernetes(Lane.DEFAULT_CLUSTER).callLog().callsBy(userAgent).stream()
        .map(DeployRbacLaneIT::request)
        .toList();
  }

  private static RbacRequest request(ApiCall call) {
    if (call.resource() == null) {
      // A non-resource URL: RBAC's nonResourceURLs, which the manifests grant nobody.
      return new RbacRequest(call.verb(), "", call.nonResourceUrl(), null, null, null);
    }
    return new RbacRequest(
        call.verb(),
        call.group(),
        call.resource(),
        call.subresource(),
        call.namespace(),
        call.name());
  }

  /** The distinct calls no grant allows, other than the lane-only ones. */
  private static Set<String> denied(RbacRules rules, List<RbacRequest> calls) {
    Set<String> denied = new TreeSet<>();
    for (RbacRequest call : calls) {
      if (!LANE_ONLY_CALLS.containsKey(call) && rules.allowing(call).isEmpty()) {
        denied.add(call.toString());
      }
    }
    return denied;
  }

  /** The grants that allowed none of {@code calls}. */
  private static List<String> unused(RbacRules rules, List<RbacRequest> calls) {
    Set<RbacGrant> used = new LinkedHashSet<>();
    calls.forEach(call -> rules.allowing(call).ifPresent(used::add));
    return rules.grants().stream()
        .filter(grant -> !used.contains(grant))
        .map(RbacGrant::toString)
        .toList();
  }

  private static List<String> exceptionsOf(String role) {
    return UNUSED_GRANTS.keySet().stream().filter(grant -> grant.startsWith(role + ":")).toList();
  }
}
