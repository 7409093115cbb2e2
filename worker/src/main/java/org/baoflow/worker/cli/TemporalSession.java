package org.baoflow.worker.cli;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.baoflow.watcher.temporal.BaoFlowClients;
import org.baoflow.watcher.temporal.TemporalConnection;
import org.baoflow.watcher.temporal.TemporalServiceOptions;
import org.baoflow.workflows.ids.ClusterWorkflowIds;
import picocli.CommandLine.Model.CommandSpec;

/**
 * One cluster command's connection to Temporal: it parses the {@code <ns>/<name>} argument,
 * connects with the CLI's settings and reports what every cluster command reports alike: a
 * malformed argument or configuration ({@link ExitCodes#INVALID}), Temporal out of reach ({@link
 * ExitCodes#UNREACHABLE}) and a cluster without workflow ({@link ExitCodes#NOT_FOUND}).
 */
final class TemporalSession {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** What a command does once connected; returns its exit code. */
  interface Action {
    int run(TemporalSession session) throws InterruptedException;
  }

  private final String clusterArgument;
  private final ClusterWorkflowIds ids;
  private final TemporalConnection connection;
  private final WorkflowClient client;
  private final CommandSpec spec;

  private TemporalSession(
      String clusterArgument,
      ClusterWorkflowIds ids,
      TemporalConnection connection,
      WorkflowClient client,
      CommandSpec spec) {
    this.clusterArgument = clusterArgument;
    this.ids = ids;
    this.connection = connection;
    this.client = client;
    this.spec = spec;
  }

  /** Connects for cluster {@code clusterArgument}, runs {@code action} and disconnects. */
  static int run(BaoFlowCli cli, CommandSpec spec, String clusterArgument, Action action)
      throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    ClusterWorkflowIds ids;
    TemporalConnection connection;
    try {
      ids = ClusterArgument.ids(clusterArgument, cli.kubernetesCluster());
      connection = cli.connection();
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.flush();
      return ExitCodes.INVALID;
    }
    WorkflowServiceStubs stubs;
    try {
      stubs =
          WorkflowServiceStubs.newConnectedServiceStubs(
              TemporalServiceOptions.builder(connection).build(), CONNECT_TIMEOUT);
    } catch (RuntimeException e) {
      err.println("cannot reach Temporal at " + connection.address() + ": " + e.getMessage());
      err.flush();
      return ExitCodes.UNREACHABLE;
    }
    try {
      WorkflowClient client = BaoFlowClients.of(stubs, connection.namespace());
      return action.run(new TemporalSession(clusterArgument, ids, connection, client, spec));
    } finally {
      stubs.shutdown();
      stubs.awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  /** The cluster as the user named it, {@code <ns>/<name>}. */
  String clusterArgument() {
    return clusterArgument;
  }

  ClusterWorkflowIds ids() {
    return ids;
  }

  WorkflowClient client() {
    return client;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Temporal's description of workflow {@code workflowId}; empty when there is none. */
  Optional<WorkflowExecutionDescription> describe(String workflowId) {
    try {
      return Optional.of(client.newUntypedWorkflowStub(workflowId).describe());
    } catch (WorkflowNotFoundException e) {
      return Optional.empty();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Says that the cluster has no workflow and where to look; returns {@link ExitCodes#NOT_FOUND}.
   */
  int noClusterWorkflow() {
    PrintWriter err = err();
    err.println(
        "no workflow "
            + ids.cluster()
            + " in namespace "
            + connection.namespace()
            + ": BaoFlow has not seen OpenBaoCluster "
            + clusterArgument
            + " in Kubernetes cluster '"
            + ids.kubernetesCluster()
            + "' (check the name, --cluster and --namespace, and that the watcher runs)");
    err.flush();
    return ExitCodes.NOT_FOUND;
  }
}
