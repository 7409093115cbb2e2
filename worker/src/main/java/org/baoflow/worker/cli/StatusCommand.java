package org.baoflow.worker.cli;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.baoflow.watcher.temporal.TemporalConnection;
import org.baoflow.watcher.temporal.TemporalServiceOptions;
import org.baoflow.workflows.BaoFlowDataConverter;
import org.baoflow.workflows.cluster.ClusterState;
import org.baoflow.workflows.cluster.ClusterWorkflow;
import org.baoflow.workflows.ids.ClusterWorkflowIds;
import org.baoflow.workflows.visibility.BaoFlowSearchAttributes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code baoflow status <ns>/<name>}: the cluster workflow's Temporal status and search attributes
 * and, while it runs, its {@code state} query: phase, operation and its workflow ID, what it waits
 * for, pending work and spec violations.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Shows what BaoFlow does with one OpenBaoCluster.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:shown",
      "1:no workflow for this cluster",
      "2:invalid arguments or configuration",
      "3:Temporal unreachable"
    })
final class StatusCommand implements Callable<Integer> {
  static final int NOT_FOUND = 1;
  static final int INVALID = 2;
  static final int UNREACHABLE = 3;

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final List<SearchAttributeKey<String>> SHOWN_ATTRIBUTES =
      List.of(
          BaoFlowSearchAttributes.CLUSTER,
          BaoFlowSearchAttributes.OPERATION,
          BaoFlowSearchAttributes.PHASE,
          BaoFlowSearchAttributes.TARGET_VERSION);

  @ParentCommand private BaoFlowCli cli;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "<ns>/<name>", description = "the OpenBaoCluster")
  private String cluster;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ClusterWorkflowIds ids;
    TemporalConnection connection;
    try {
      ids = ids(cluster, cli.kubernetesCluster());
      connection = cli.connection();
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.flush();
      return INVALID;
    }
    WorkflowServiceStubs stubs;
    try {
      stubs =
          WorkflowServiceStubs.newConnectedServiceStubs(
              TemporalServiceOptions.builder(connection).build(), CONNECT_TIMEOUT);
    } catch (RuntimeException e) {
      err.println("cannot reach Temporal at " + connection.address() + ": " + e.getMessage());
      err.flush();
      return UNREACHABLE;
    }
    try {
      WorkflowClient client =
          WorkflowClient.newInstance(
              stubs,
              WorkflowClientOptions.newBuilder()
                  .setNamespace(connection.namespace())
                  .setDataConverter(BaoFlowDataConverter.get())
                  .build());
      Optional<ClusterStatus> status = status(client, ids.cluster());
      if (status.isEmpty()) {
        err.println(
            "no workflow "
                + ids.cluster()
                + " in namespace "
                + connection.namespace()
                + ": BaoFlow has not seen OpenBaoCluster "
                + cluster
                + " in Kubernetes cluster '"
                + ids.kubernetesCluster()
                + "' (check the name, --cluster and --namespace, and that the watcher runs)");
        err.flush();
        return NOT_FOUND;
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(ClusterStatusText.render(status.get()));
      out.flush();
      return 0;
    } finally {
      stubs.shutdown();
      stubs.awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  private static ClusterWorkflowIds ids(String cluster, String kubernetesCluster) {
    String[] parts = cluster.split("/", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "name the cluster as <namespace>/<name>, such as openbao/dev; got '" + cluster + "'");
    }
    return new ClusterWorkflowIds(kubernetesCluster, parts[0], parts[1]);
  }

  private static Optional<ClusterStatus> status(WorkflowClient client, String workflowId) {
    WorkflowExecutionDescription description;
    try {
      description = client.newUntypedWorkflowStub(workflowId).describe();
    } catch (WorkflowNotFoundException e) {
      return Optional.empty();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
    boolean running =
        description.getStatus() == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
    Optional<ClusterState> state =
        running
            ? Optional.of(client.newWorkflowStub(ClusterWorkflow.class, workflowId).state())
            : Optional.empty();
    return Optional.of(
        new ClusterStatus(
            workflowId,
            statusName(description.getStatus()),
            attributes(description.getTypedSearchAttributes()),
            state));
  }

  private static Map<String, String> attributes(SearchAttributes attributes) {
    Map<String, String> shown = new LinkedHashMap<>();
    for (SearchAttributeKey<String> key : SHOWN_ATTRIBUTES) {
      if (attributes.containsKey(key)) {
        shown.put(key.getName(), attributes.get(key));
      }
    }
    return shown;
  }

  /** {@code WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW} becomes {@code ContinuedAsNew}. */
  static String statusName(WorkflowExecutionStatus status) {
    StringBuilder name = new StringBuilder();
    for (String word : status.name().replace("WORKFLOW_EXECUTION_STATUS_", "").split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }
}
