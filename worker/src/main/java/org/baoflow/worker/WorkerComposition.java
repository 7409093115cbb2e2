package org.baoflow.worker;

import com.codahale.metrics.MetricRegistry;

/**
 * Decides what the worker process runs. {@link BaoFlowWorkerMain} finds exactly one implementation
 * with {@link java.util.ServiceLoader} (a {@code META-INF/services} entry), so the process does not
 * depend on the workflow and activity classes it hosts.
 */
public interface WorkerComposition {

  /**
   * The workflows and activities to register, built for {@code config}; activities may record their
   * own metrics in {@code metrics}, which {@code /metrics} serves.
   */
  WorkerComponents compose(WorkerConfig config, MetricRegistry metrics);
}
