package org.baoflow.workflows.cluster;

import java.util.List;

/**
 * The answer of the cluster workflow's {@code state} query: what {@code baoflow status} prints.
 *
 * @param cluster {@code <k8s>/<ns>/<name>}
 * @param phase the {@code ClusterPhase} display name
 * @param operation the running operation's {@code Operation} display name; {@code null} when idle
 * @param operationWorkflowId the running operation's workflow ID; {@code null} when idle
 * @param waitingFor what the workflow waits for and how to unblock it
 * @param pending work queued behind the running operation, such as {@code Converge generation 4}
 * @param observedGeneration the newest generation seen
 * @param appliedGeneration the generation the last successful operation acted on
 * @param initialized whether bootstrap completed
 * @param paused whether {@code spec.paused} holds new operations back
 * @param violations why the newest spec is invalid, each naming the field; empty when valid
 */
public record ClusterState(
    String cluster,
    String phase,
    String operation,
    String operationWorkflowId,
    String waitingFor,
    List<String> pending,
    long observedGeneration,
    long appliedGeneration,
    boolean initialized,
    boolean paused,
    List<String> violations) {
  public ClusterState {
    pending = pending == null ? List.of() : List.copyOf(pending);
    violations = violations == null ? List.of() : List.copyOf(violations);
  }
}
