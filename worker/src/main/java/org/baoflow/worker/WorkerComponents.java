package org.baoflow.worker;

import java.util.List;

/**
 * What a worker runs: the workflow implementation classes and the activity implementation objects
 * it registers on its task queue. The process does not know which ones; its composition decides.
 *
 * @param workflowImplementationTypes workflow implementation classes
 * @param activityImplementations activity implementation instances
 * @param resources what the composition opened for them (clients), closed by the process after its
 *     worker stopped, in order
 */
public record WorkerComponents(
    List<Class<?>> workflowImplementationTypes,
    List<Object> activityImplementations,
    List<AutoCloseable> resources) {
  public WorkerComponents {
    workflowImplementationTypes = List.copyOf(workflowImplementationTypes);
    activityImplementations = List.copyOf(activityImplementations);
    resources = List.copyOf(resources);
    if (workflowImplementationTypes.isEmpty() && activityImplementations.isEmpty()) {
      throw new IllegalArgumentException(
          "a worker needs at least one workflow or activity implementation to run");
    }
  }

  /** Components that opened nothing the process must close. */
  public WorkerComponents(
      List<Class<?>> workflowImplementationTypes, List<Object> activityImplementations) {
    this(workflowImplementationTypes, activityImplementations, List.of());
  }
}
