package org.baoflow.worker;

import io.temporal.common.interceptors.WorkerInterceptor;
import java.util.List;

/**
 * How the worker's SDK handles its tasks beyond what it runs: interceptors around workflow and
 * activity code, and whether workflow tasks stick to this worker.
 *
 * @param interceptors called around every workflow and activity the worker runs, in order
 * @param stickyExecution whether a workflow's next task goes to this worker's own queue first (the
 *     SDK's default). A server moves such a task to the shared queue when the worker is gone; the
 *     Temporal test server never does, so a lane that replaces workers turns stickiness off.
 */
public record TaskHandling(List<WorkerInterceptor> interceptors, boolean stickyExecution) {
  public TaskHandling {
    interceptors = List.copyOf(interceptors);
  }

  /** No interceptors, sticky execution on: what the worker process runs in Kubernetes. */
  public static TaskHandling defaults() {
    return new TaskHandling(List.of(), true);
  }
}
