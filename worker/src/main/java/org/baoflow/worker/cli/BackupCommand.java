package org.baoflow.worker.cli;

import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowUpdateException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.baoflow.workflows.backup.BackupResult;
import org.baoflow.workflows.cluster.ClusterWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code baoflow backup <ns>/<name>}: asks the cluster workflow for one backup now (its {@code
 * backupNow} update, once per request id) and prints the backup's workflow ID; with {@code --wait}
 * it waits for that workflow and prints the stored object or why it failed.
 */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = "Backs up one OpenBaoCluster now, to its spec.backup.target.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:requested (with --wait: backed up)",
      "1:no running workflow for this cluster",
      "2:invalid arguments or configuration, or the cluster workflow refused the request",
      "3:Temporal unreachable",
      "4:with --wait: the backup failed",
      "5:with --wait: the timeout passed first; the backup may still run"
    })
final class BackupCommand implements Callable<Integer> {
  private static final DateTimeFormatter UTC_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @ParentCommand private BaoFlowCli cli;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "<ns>/<name>", description = "the OpenBaoCluster")
  private String cluster;

  @Option(
      names = "--request-id",
      paramLabel = "<id>",
      description =
          "names the request; the same id backs up once however often it is asked (1-63 letters,"
              + " digits, '.', '_', '-'; default: cli-<UTC time>, such as cli-20260101T120000Z)")
  private String requestId;

  @Option(names = "--wait", description = "waits until the backup finished and prints its result")
  private boolean waitForIt;

  @Option(
      names = "--timeout",
      paramLabel = "<duration>",
      defaultValue = "1h",
      converter = DurationConverter.class,
      description = "how long --wait waits, such as 90s, 30m or 2h (default: ${DEFAULT-VALUE})")
  private Duration timeout;

  @Override
  public Integer call() throws InterruptedException {
    return TemporalSession.run(cli, spec, cluster, this::backup);
  }

  /** The request id {@code baoflow backup} uses when none is given: {@code cli-<UTC second>}. */
  static String generatedRequestId(Instant now) {
    return "cli-" + UTC_STAMP.format(now);
  }

  private int backup(TemporalSession session) throws InterruptedException {
    String clusterWorkflowId = session.ids().cluster();
    Optional<WorkflowExecutionDescription> description = session.describe(clusterWorkflowId);
    if (description.isEmpty()) {
      return session.noClusterWorkflow();
    }
    if (description.get().getStatus()
        != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
      return fail(
          session,
          ExitCodes.NOT_FOUND,
          "workflow "
              + clusterWorkflowId
              + " is "
              + StatusCommand.statusName(description.get().getStatus())
              + ": BaoFlow no longer operates OpenBaoCluster "
              + session.clusterArgument());
    }
    String request = requestId != null ? requestId : generatedRequestId(Instant.now());
    String backupWorkflowId;
    try {
      backupWorkflowId =
          session
              .client()
              .newWorkflowStub(ClusterWorkflow.class, clusterWorkflowId)
              .backupNow(request);
    } catch (WorkflowUpdateException e) {
      return fail(
          session, ExitCodes.INVALID, "backup request refused: " + FailureMessages.reason(e));
    } catch (WorkflowNotFoundException e) {
      // The workflow ended between the description and the update.
      return session.noClusterWorkflow();
    }
    PrintWriter out = session.out();
    printRow(out, "Request", request);
    printRow(out, "Workflow", backupWorkflowId);
    printRow(
        out,
        "Follow",
        "baoflow status "
            + session.clusterArgument()
            + ", or the workflow ID in the Temporal UI (search OpenBaoCluster = \""
            + session.ids().searchAttribute()
            + "\")");
    out.flush();
    if (!waitForIt) {
      return ExitCodes.OK;
    }
    return report(session, new BackupWait(session, timeout).await(backupWorkflowId));
  }

  private static int report(TemporalSession session, BackupOutcome outcome) {
    if (outcome instanceof BackupOutcome.Succeeded succeeded) {
      BackupResult result = succeeded.result();
      PrintWriter out = session.out();
      printRow(out, "Result", "Succeeded");
      printRow(out, "Object", result.objectKey());
      printRow(out, "Size", result.size() + " bytes");
      printRow(out, "SHA-256", result.sha256());
      if (result.retentionProblem() != null) {
        printRow(out, "Retention", "not applied: " + result.retentionProblem());
      }
      out.flush();
      return ExitCodes.OK;
    }
    if (outcome instanceof BackupOutcome.Failed failed) {
      return fail(
          session,
          ExitCodes.BACKUP_FAILED,
          "backup " + failed.status().toLowerCase(Locale.ROOT) + ": " + failed.reason());
    }
    boolean started = ((BackupOutcome.TimedOut) outcome).started();
    return fail(
        session,
        ExitCodes.WAIT_TIMED_OUT,
        "the backup "
            + (started ? "still runs" : "has not started yet (it waits for another operation)")
            + " after --timeout; follow it with baoflow status "
            + session.clusterArgument());
  }

  private static int fail(TemporalSession session, int exitCode, String message) {
    PrintWriter err = session.err();
    err.println(message);
    err.flush();
    return exitCode;
  }

  private static void printRow(PrintWriter out, String label, String value) {
    out.printf("%-14s%s%n", label + ":", value);
  }
}
