package org.baoflow.workflows.bootstrap;

import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.Workflow;
import java.util.List;
import org.baoflow.workflows.activities.ActivityStubs;
import org.baoflow.workflows.activities.BaoActivities.NodeRequest;
import org.baoflow.workflows.activities.BaoActivities.RaftState;
import org.baoflow.workflows.activities.ResourceActivities.Stage;
import org.baoflow.workflows.activities.SecretActivities.TlsRequest;
import org.baoflow.workflows.activities.SecretActivities.TlsState;
import org.baoflow.workflows.activities.WorkloadActivities.PodsState;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.baoflow.workflows.model.OperationInput;
import org.baoflow.workflows.model.OperationResult;
import org.baoflow.workflows.steps.ClusterWaits;
import org.baoflow.workflows.steps.Progress;
import org.baoflow.workflows.steps.RestartPlan;
import org.baoflow.workflows.steps.RollingRestart;
import org.baoflow.workflows.steps.SpecFacts;
import org.baoflow.workflows.steps.Stages;
import org.baoflow.workflows.visibility.ClusterPhase;
import org.baoflow.workflows.visibility.Operation;

/** {@link BootstrapWorkflow}: one named step per line, in the order a new cluster needs them. */
public final class BootstrapWorkflowImpl implements BootstrapWorkflow {
  private ClusterSnapshot cluster;
  private int replicas;
  private Progress progress;
  private Stages stages;
  private ClusterWaits waits;

  @Override
  public OperationResult run(OperationInput input) {
    cluster = input.cluster();
    replicas = SpecFacts.replicas(cluster.spec());
    progress = new Progress(cluster.ref(), cluster.generation(), Operation.BOOTSTRAP);
    stages = new Stages(cluster);
    waits = new ClusterWaits(cluster);
    try {
      return bootstrap();
    } catch (TemporalFailure failure) {
      throw progress.failed(failure, ClusterPhase.FAILED, Progress.AVAILABLE, "False");
    }
  }

  private OperationResult bootstrap() {
    progress.phase(ClusterPhase.INITIALIZING, "Preparing TLS and generated Secrets");
    TlsState tls = ensureSecrets();
    progress.step("Applying identity, configuration, network and the StatefulSet at 1 replica");
    applyBootstrapResources(tls.certificateHash());
    String firstPod = RestartPlan.names(waits.pods(1, false)).get(0);
    initialize(firstPod);
    verifyOperatorLogin();
    progress.step("Scaling out to " + replicas + " replica(s)");
    // bootstrapping=false drops the self-init ConfigMap, so a pod 0 that loses its volume later
    // cannot initialize a second, empty cluster; pods created from now on get that template.
    stages.apply(Stage.CONFIGURATION, replicas, false, tls.certificateHash());
    stages.apply(Stage.WORKLOAD, replicas, false, tls.certificateHash());
    PodsState pods = waits.pods(replicas, false);
    // Pod 0 still runs the bootstrap template: restart it the way converge rolls pods.
    List<String> restarted =
        new RollingRestart(cluster, waits, progress).restartStale(pods, replicas);
    RaftState raft = waits.voters(RestartPlan.names(pods));
    ActivityStubs.bao("Configure autopilot").configureAutopilot(cluster);
    verifyDemoLogin();
    progress.completed(
        "BootstrapCompleted",
        "OpenBao " + cluster.spec().getVersion() + " runs with " + pods.ready() + " Ready pod(s)",
        new Progress.Outcome(pods.ready(), raft.leader(), cluster.spec().getVersion()));
    return new OperationResult(
        tls,
        stages.hashes().asMap(),
        pods.ready(),
        raft.leader(),
        SpecFacts.selfInit(cluster.spec()),
        restarted,
        List.of());
  }

  private TlsState ensureSecrets() {
    TlsState tls =
        ActivityStubs.secrets("Ensure TLS")
            .ensureTls(new TlsRequest(cluster, replicas, Workflow.currentTimeMillis()));
    if (SpecFacts.staticSeal(cluster.spec())) {
      ActivityStubs.secrets("Ensure unseal key").ensureUnsealKey(cluster);
    }
    if (SpecFacts.demoLogin(cluster.spec())) {
      ActivityStubs.secrets("Ensure demo password").ensureDemoPassword(cluster);
    }
    return tls;
  }

  private void applyBootstrapResources(String certificateHash) {
    // One replica until OpenBao is initialized: pod 0 initializes, the others join it later.
    stages.apply(Stage.IDENTITY, 1, true, certificateHash);
    stages.apply(Stage.CONFIGURATION, 1, true, certificateHash);
    stages.apply(Stage.NETWORK, 1, true, certificateHash);
    stages.apply(Stage.WORKLOAD, 1, true, certificateHash);
  }

  private void initialize(String pod) {
    boolean selfInit = SpecFacts.selfInit(cluster.spec());
    progress.step(selfInit ? "Waiting for " + pod + " to initialize itself" : "Initializing");
    if (selfInit) {
      Workflow.setCurrentDetails(
          "Waiting for "
              + pod
              + " to initialize itself, unseal and become active. If it does not, check `kubectl"
              + " -n "
              + cluster.ref().namespace()
              + " logs "
              + pod
              + "` for errors of the initialize stanza or the seal.");
      ActivityStubs.bao("Await self-init of " + pod).awaitActive(new NodeRequest(cluster, pod));
    } else {
      Workflow.setCurrentDetails(
          "Waiting for the API of "
              + pod
              + " to answer. If it does not, check `kubectl -n "
              + cluster.ref().namespace()
              + " logs "
              + pod
              + "` for listener and TLS errors.");
      ActivityStubs.bao("Await API of " + pod).awaitApi(new NodeRequest(cluster, pod));
      ActivityStubs.bao("Initialize OpenBao").initialize(cluster);
      ActivityStubs.bao("Configure operator access").configureOperatorAccess(cluster);
    }
    progress.initialized(selfInit);
  }

  private void verifyOperatorLogin() {
    progress.step("Verifying the worker's JWT login");
    ActivityStubs.bao("Verify operator login").verifyOperatorLogin(cluster);
  }

  private void verifyDemoLogin() {
    if (SpecFacts.demoLogin(cluster.spec())) {
      ActivityStubs.bao("Verify demo login").verifyDemoLogin(cluster);
    }
  }
}
