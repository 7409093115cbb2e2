package org.baoflow.watcher;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import org.baoflow.workflows.cluster.ClusterOutcome;
import org.baoflow.workflows.cluster.ClusterState;
import org.baoflow.workflows.cluster.ClusterWorkflow;
import org.baoflow.workflows.cluster.ClusterWorkflowInput;
import org.baoflow.workflows.cluster.DeletionObserved;
import org.baoflow.workflows.cluster.DriftObserved;
import org.baoflow.workflows.cluster.SpecObserved;

/**
 * A cluster workflow for watcher tests: it records every signal as one line and answers the {@value
 * #RECEIVED} query with them, and runs until cancelled.
 */
public class RecordingClusterWorkflow implements ClusterWorkflow {
  /** The query that returns the recorded lines. */
  static final String RECEIVED = "received";

  private final List<String> received = new ArrayList<>();
  private ClusterWorkflowInput input;

  /** The query the recording workflow answers. */
  public interface Received {
    @QueryMethod(name = RECEIVED)
    List<String> received();
  }

  @Override
  public ClusterOutcome run(ClusterWorkflowInput input) {
    this.input = input;
    Workflow.registerListener((Received) () -> List.copyOf(received));
    Workflow.await(() -> false);
    return new ClusterOutcome("Cancelled", "never reached");
  }

  @Override
  public void specObserved(SpecObserved event) {
    received.add(
        "spec "
            + event.uid()
            + " "
            + event.generation()
            + " replicas="
            + event.spec().getReplicas()
            + " "
            + event.annotations());
  }

  @Override
  public void deletionObserved(DeletionObserved event) {
    received.add("deletion " + event.uid() + " gone=" + event.gone());
  }

  @Override
  public void driftObserved(DriftObserved event) {
    received.add(
        "drift "
            + event.uid()
            + " "
            + event.kind()
            + " "
            + event.name()
            + " "
            + event.managedHash());
  }

  @Override
  public void validateBackupNow(String requestId) {}

  @Override
  public String backupNow(String requestId) {
    return requestId;
  }

  @Override
  public ClusterState state() {
    return new ClusterState(
        input == null ? null : input.ref().ids().searchAttribute(),
        "Recording",
        null,
        null,
        null,
        List.of(),
        0,
        0,
        false,
        false,
        List.of());
  }
}
