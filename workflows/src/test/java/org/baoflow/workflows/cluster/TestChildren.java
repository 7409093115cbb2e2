package org.baoflow.workflows.cluster;

import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.baoflow.workflows.activities.CleanupActivities.CleanupReport;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.activities.SecretActivities.TlsState;
import org.baoflow.workflows.backup.BackupInput;
import org.baoflow.workflows.backup.BackupResult;
import org.baoflow.workflows.backup.BackupWorkflow;
import org.baoflow.workflows.bootstrap.BootstrapWorkflow;
import org.baoflow.workflows.converge.ConvergeWorkflow;
import org.baoflow.workflows.delete.DeleteInput;
import org.baoflow.workflows.delete.DeleteWorkflow;
import org.baoflow.workflows.model.OperationInput;
import org.baoflow.workflows.model.OperationResult;

/**
 * Test implementations of the cluster workflow's children: they record their input and succeed,
 * fail or block until signalled {@code release}, as a test tells them. Temporal creates workflow
 * instances itself, so the script lives in static fields that {@link #reset} clears per test.
 */
final class TestChildren {
  /** What a child does. */
  enum Behaviour {
    SUCCEED,
    FAIL,
    BLOCK
  }

  /** A child that ran: its workflow ID and input. */
  record Started(String workflowId, String type, Object input) {}

  static final String FAILURE_MESSAGE = "pod dev-0 is in CrashLoopBackOff";
  static final Map<String, String> BOOTSTRAP_HASHES = Map.of("StatefulSet/dev", "hash-1");

  private static final Map<String, Behaviour> BEHAVIOUR = new ConcurrentHashMap<>();
  private static final List<Started> STARTED = new CopyOnWriteArrayList<>();
  private static volatile long renewAtMillis;

  private TestChildren() {}

  static void reset() {
    BEHAVIOUR.clear();
    STARTED.clear();
    renewAtMillis = 0;
  }

  /** Makes the next children of {@code type} ({@code Bootstrap}, ...) behave so. */
  static void behave(String type, Behaviour behaviour) {
    BEHAVIOUR.put(type, behaviour);
  }

  /** The certificate renewal time bootstraps and converges report. */
  static void renewAt(long millis) {
    renewAtMillis = millis;
  }

  static List<Started> started() {
    return List.copyOf(STARTED);
  }

  static List<String> startedIds() {
    return STARTED.stream().map(Started::workflowId).toList();
  }

  /** Lets a blocked child go on. */
  @WorkflowInterface
  public interface Releasable {
    @SignalMethod
    void release();
  }

  abstract static class Scripted implements Releasable {
    private boolean released;

    @Override
    public void release() {
      released = true;
    }

    void act(String type, Object input) {
      STARTED.add(new Started(Workflow.getInfo().getWorkflowId(), type, input));
      Behaviour behaviour = BEHAVIOUR.getOrDefault(type, Behaviour.SUCCEED);
      if (behaviour == Behaviour.BLOCK) {
        Workflow.await(() -> released);
      }
      if (behaviour == Behaviour.FAIL) {
        throw ApplicationFailure.newNonRetryableFailure(FAILURE_MESSAGE, FailureTypes.POD_FAILURE);
      }
    }

    OperationResult result(Map<String, String> hashes) {
      return new OperationResult(
          new TlsState("ca-fp", "cert-hash", 0, renewAtMillis, true),
          hashes,
          3,
          "dev-0",
          true,
          List.of(),
          List.of());
    }
  }

  /** Bootstrap that applies {@link #BOOTSTRAP_HASHES}. */
  public static class Bootstrap extends Scripted implements BootstrapWorkflow {
    @Override
    public OperationResult run(OperationInput input) {
      act("Bootstrap", input);
      return result(BOOTSTRAP_HASHES);
    }
  }

  /** Converge that applies {@code StatefulSet/dev} with {@code hash-<generation>}. */
  public static class Converge extends Scripted implements ConvergeWorkflow {
    @Override
    public OperationResult run(OperationInput input) {
      act("Converge", input);
      return result(Map.of("StatefulSet/dev", "hash-" + input.cluster().generation()));
    }
  }

  /** Backup of {@link #BACKUP_SIZE} bytes, started and finished at the workflow's time. */
  public static class Backup extends Scripted implements BackupWorkflow {
    @Override
    public BackupResult run(BackupInput input) {
      long started = Workflow.currentTimeMillis();
      act("Backup", input);
      return new BackupResult(
          input.keys().snapshot(),
          BACKUP_SIZE,
          "ab".repeat(32),
          started,
          Workflow.currentTimeMillis(),
          0,
          null);
    }
  }

  static final long BACKUP_SIZE = 4096;

  /** Delete. */
  public static class Delete extends Scripted implements DeleteWorkflow {
    @Override
    public CleanupReport run(DeleteInput input) {
      act("Delete", input);
      return new CleanupReport(List.of("StatefulSet/dev"), List.of("PersistentVolumeClaim/data"));
    }
  }
}
