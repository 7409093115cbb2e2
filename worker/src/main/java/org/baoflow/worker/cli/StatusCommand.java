package org.baoflow.worker.cli;

import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.common.SearchAttributeKey;
import io.temporal.common.SearchAttributes;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.baoflow.workflows.cluster.ClusterState;
import org.baoflow.workflows.cluster.ClusterWorkflow;
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
  public Integer call() throws InterruptedException {
    return TemporalSession.run(cli, spec, cluster, StatusCommand::show);
  }

  private static int show(TemporalSession session) {
    Optional<ClusterStatus> status = status(session, session.ids().cluster());
    if (status.isEmpty()) {
      return session.noClusterWorkflow();
    }
    PrintWriter out = session.out();
    out.print(ClusterStatusText.render(status.get()));
    out.flush();
    return ExitCodes.OK;
  }

  private static Optional<ClusterStatus> status(TemporalSession session, String workflowId) {
    Optional<WorkflowExecutionDescription> found = session.describe(workflowId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    WorkflowExecutionDescription description = found.get();
    boolean running =
        description.getStatus() == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
    Optional<ClusterState> state =
        running
            ? Optional.of(
                session.client().newWorkflowStub(ClusterWorkflow.class, workflowId).state())
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
