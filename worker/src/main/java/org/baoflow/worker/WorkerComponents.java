package org.baoflow.worker;

import java.util.List;

/**
 * What a worker runs: the workflow implementation classes and the activity implementation objects
 * it registers on its task queue. The process does not know which ones; its composition decides.
 *
 * @param workflowImplementationTypes workflow implementation classes
 * @param activityImplementations activity implementation instances
 */
public record WorkerComponents(
    List<Class<?>> workflowImplementationTypes, List<Object> activityImplementations) {
  public WorkerComponents {
    workflowImplementationTypes = List.copyOf(workflowImplementationTypes);
    activityImplementations = List.copyOf(activityImplementations);
    if (workflowImplementationTypes.isEmpty() && activityImplementations.isEmpty()) {
      throw new IllegalArgumentException(
          "a worker needs at least one workflow or activity implementation to run");
    }
  }
}
