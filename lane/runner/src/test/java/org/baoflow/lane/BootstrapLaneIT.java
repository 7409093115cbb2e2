package org.baoflow.lane;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.common.SearchAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.baoflow.activities.bao.AuthClient;
import org.baoflow.activities.bao.AuthInfo;
import org.baoflow.activities.bao.BaoConnection;
import org.baoflow.activities.bao.HealthQuery;
import org.baoflow.activities.bao.RaftClient;
import org.baoflow.activities.bao.RaftServer;
import org.baoflow.activities.bao.SysClient;
import org.baoflow.api.v1alpha1.OpenBaoClusterStatus;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.lane.sim.harness.SimulatedOpenBao;
import org.baoflow.workflows.ids.ClusterWorkflowIds;
import org.baoflow.workflows.visibility.BaoFlowSearchAttributes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 4's end-to-end proof: the real watcher and worker bootstrap the Development sample from its
 * resource alone, then scale it, roll it for a configuration change, and BaoFlow's status, Events
 * and Temporal visibility tell what happens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(300)
class BootstrapLaneIT {
  private static final String NAMESPACE = "openbao";
  private static final String NAME = "dev";

  private static Lane lane;
  private static LaneBaoFlow baoflow;
  private static OperatedClusters clusters;

  @BeforeAll
  static void startLane() {
    lane = Lane.builder().realTimeTemporal().openBao(SimulatedOpenBao.launchers()).start();
    baoflow = LaneBaoFlow.start(lane, Lane.DEFAULT_CLUSTER);
    clusters = new OperatedClusters(lane.client(), lane.workflowClient());
  }

  @AfterAll
  static void stopLane() {
    if (baoflow != null) {
      baoflow.close();
    }
    if (lane != null) {
      lane.close();
    }
  }

  @Test
  @Order(1)
  void theDevelopmentSampleBootstrapsToRunningFromItsResourceAlone() {
    clusters.create(OperatedClusters.load(OperatedClusters.DEV_SAMPLE, NAME));

    OpenBaoClusterStatus status =
        clusters.awaitStatus(
            NAMESPACE, NAME, "Running with 3 ready", OperatedClusters.running(3, 1));

    ClusterWorkflowIds ids = new ClusterWorkflowIds(Lane.DEFAULT_CLUSTER, NAMESPACE, NAME);
    assertThat(status.getInitialized()).isTrue();
    assertThat(status.getSelfInitialized()).isTrue();
    assertThat(status.getCurrentVersion()).isEqualTo("2.4.4");
    assertThat(status.getWorkflowId()).isEqualTo(ids.cluster());
    assertThat(status.getConditions())
        .anySatisfy(
            c -> {
              assertThat(c.getType()).isEqualTo("Available");
              assertThat(c.getStatus()).isEqualTo("True");
            });
    assertThat(
            clusters.kube().secrets().inNamespace(NAMESPACE).withName(NAME + "-root-token").get())
        .as("self-init revokes the root token and BaoFlow stores none")
        .isNull();
    assertThat(clusters.get(NAMESPACE, NAME).getMetadata().getFinalizers())
        .contains("openbao.org/openbaocluster-finalizer");
  }

  @Test
  @Order(2)
  void everyPodServesTlsForItsDnsNameSignedByTheClusterCaAndOneLeads() {
    List<Pod> pods = clusters.pods(NAMESPACE, NAME);
    assertThat(pods).hasSize(3);
    int active = 0;
    for (Pod pod : pods) {
      // connect() verifies the certificate against the cluster CA for <pod>.dev.openbao.svc.
      SysClient sys = new SysClient(clusters.connect(NAMESPACE, NAME, pod.getMetadata().getName()));
      assertThat(sys.sealStatus().sealed()).isFalse();
      if (sys.healthStatus(HealthQuery.defaults()) == 200) {
        active++;
      }
    }
    assertThat(active).isEqualTo(1);
  }

  @Test
  @Order(3)
  void theWorkerAndTheDemoUserCanLogIn() {
    BaoConnection connection = clusters.connect(NAMESPACE, NAME, NAME + "-0");
    AuthInfo worker =
        new AuthClient(connection)
            .jwtLogin("jwt-operator", "openbao-operator", clusters.workerJwt());
    assertThat(worker.tokenPolicies()).contains("openbao-operator");

    String password = clusters.secretValue(NAMESPACE, NAME + "-demo-login", "password");
    assertThat(password).isNotBlank();
    AuthInfo demo = new AuthClient(connection).userpassLogin("userpass", "demo", password);
    assertThat(demo.tokenPolicies()).contains("demo");
  }

  @Test
  @Order(4)
  void temporalShowsTheClusterAndItsBootstrapWithSearchAttributes() {
    ClusterWorkflowIds ids = new ClusterWorkflowIds(Lane.DEFAULT_CLUSTER, NAMESPACE, NAME);
    WorkflowClient client = lane.workflowClient();

    SearchAttributes cluster = searchAttributes(client, ids.cluster());
    assertThat(cluster.get(BaoFlowSearchAttributes.CLUSTER)).isEqualTo(ids.searchAttribute());
    assertThat(cluster.get(BaoFlowSearchAttributes.OPERATION)).isEqualTo("Cluster");
    assertThat(cluster.get(BaoFlowSearchAttributes.PHASE)).isEqualTo("Running");

    SearchAttributes bootstrap = searchAttributes(client, ids.bootstrap());
    assertThat(bootstrap.get(BaoFlowSearchAttributes.CLUSTER)).isEqualTo(ids.searchAttribute());
    assertThat(bootstrap.get(BaoFlowSearchAttributes.OPERATION)).isEqualTo("Bootstrap");
    assertThat(
            client
                .getWorkflowServiceStubs()
                .blockingStub()
                .describeWorkflowExecution(
                    DescribeWorkflowExecutionRequest.newBuilder()
                        .setNamespace(lane.temporal().namespace())
                        .setExecution(
                            WorkflowExecution.newBuilder().setWorkflowId(ids.bootstrap()).build())
                        .build())
                .getWorkflowExecutionInfo()
                .getStatus()
                .name())
        .isEqualTo("WORKFLOW_EXECUTION_STATUS_COMPLETED");
  }

  @Test
  @Order(5)
  void scalingOutAndBackAndAConfigurationChangeKeepTheClusterAnswering() {
    List<String> unanswered = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean probing = new AtomicBoolean(true);
    AtomicInteger probes = new AtomicInteger();
    Thread prober = new Thread(() -> probe(probing, probes, unanswered), "cluster-prober");
    prober.start();
    try {
      clusters.edit(NAMESPACE, NAME, c -> c.getSpec().setReplicas(5));
      clusters.awaitStatus(NAMESPACE, NAME, "Running with 5", OperatedClusters.running(5, 2));
      assertThat(raftServers()).hasSize(5).allMatch(RaftServer::voter);

      clusters.edit(NAMESPACE, NAME, c -> c.getSpec().setReplicas(3));
      clusters.awaitStatus(NAMESPACE, NAME, "Running with 3", OperatedClusters.running(3, 3));
      assertThat(raftServers())
          .extracting(RaftServer::nodeId)
          .as("the removed pods left raft")
          .containsExactlyInAnyOrder(NAME + "-0", NAME + "-1", NAME + "-2");

      String leader = clusters.get(NAMESPACE, NAME).getStatus().getActiveLeader();
      List<String> restarted = Collections.synchronizedList(new ArrayList<>());
      Watch watch = watchDeletedPods(restarted);
      try {
        clusters.edit(
            NAMESPACE, NAME, c -> c.getSpec().setConfiguration(OperatedClusters.debugLogging(c)));
        clusters.awaitStatus(
            NAMESPACE, NAME, "Running after the roll", OperatedClusters.running(3, 4));
      } finally {
        watch.close();
      }
      assertThat(restarted).as("every pod restarts once").hasSize(3).doesNotHaveDuplicates();
      assertThat(restarted.get(2)).as("the leader restarts last").isEqualTo(leader);
    } finally {
      probing.set(false);
      join(prober);
    }
    assertThat(probes.get()).isGreaterThan(10);
    assertThat(unanswered).as("moments when no pod answered").isEmpty();
  }

  private static List<RaftServer> raftServers() {
    BaoConnection connection = clusters.connect(NAMESPACE, NAME, NAME + "-0");
    var token =
        new AuthClient(connection)
            .jwtLogin("jwt-operator", "openbao-operator", clusters.workerJwt())
            .token();
    return new RaftClient(connection).configuration(token).servers();
  }

  private static Watch watchDeletedPods(List<String> deleted) {
    KubernetesClient kube = clusters.kube();
    return kube.pods()
        .inNamespace(NAMESPACE)
        .withLabel("openbao.org/cluster", NAME)
        .watch(
            new Watcher<>() {
              @Override
              public void eventReceived(Action action, Pod pod) {
                if (action == Action.DELETED) {
                  deleted.add(pod.getMetadata().getName());
                }
              }

              @Override
              public void onClose(WatcherException cause) {}
            });
  }

  /** Every 100 ms, asks each pod for its health; a moment when none answers is recorded. */
  private static void probe(AtomicBoolean probing, AtomicInteger probes, List<String> unanswered) {
    while (probing.get()) {
      boolean answered = false;
      for (Pod pod : clusters.pods(NAMESPACE, NAME)) {
        try {
          int code =
              new SysClient(clusters.connect(NAMESPACE, NAME, pod.getMetadata().getName()))
                  .healthStatus(HealthQuery.defaults());
          if (code == 200 || code == 429) {
            answered = true;
            break;
          }
        } catch (RuntimeException e) {
          // that pod is restarting; another may answer
        }
      }
      probes.incrementAndGet();
      if (!answered) {
        unanswered.add(java.time.Instant.now().toString());
      }
      OperatedClusters.sleep(100);
    }
  }

  private static SearchAttributes searchAttributes(WorkflowClient client, String workflowId) {
    return client.newUntypedWorkflowStub(workflowId).describe().getTypedSearchAttributes();
  }

  private static void join(Thread thread) {
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
