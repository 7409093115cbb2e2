package org.baoflow.worker;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.baoflow.watcher.temporal.ConfigurationException;
import org.baoflow.watcher.temporal.EnvironmentReader;
import org.baoflow.watcher.temporal.TemporalConnection;

/**
 * What the worker process needs to run, read from its environment.
 *
 * @param temporal where Temporal is and how to authenticate
 * @param taskQueue the task queue the worker polls ({@value #TASK_QUEUE}); a second Kubernetes
 *     cluster runs its own worker on its own queue
 * @param httpPort the port of {@code /metrics}, {@code /healthz} and {@code /readyz}; 0 picks a
 *     free one
 * @param shutdownTimeout how long a graceful shutdown waits for running tasks before it cancels
 *     them
 */
public record WorkerConfig(
    TemporalConnection temporal, String taskQueue, int httpPort, Duration shutdownTimeout) {

  public static final String TASK_QUEUE = "BAOFLOW_TASK_QUEUE";
  public static final String HTTP_PORT = "BAOFLOW_HTTP_PORT";
  public static final String SHUTDOWN_TIMEOUT = "BAOFLOW_SHUTDOWN_TIMEOUT_SECONDS";

  public static final String DEFAULT_TASK_QUEUE = "baoflow";
  public static final int DEFAULT_HTTP_PORT = 8080;
  public static final long DEFAULT_SHUTDOWN_TIMEOUT_SECONDS = 30;

  public WorkerConfig {
    Objects.requireNonNull(temporal, "temporal");
    Objects.requireNonNull(taskQueue, "taskQueue");
    Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
    if (httpPort < 0 || httpPort > 65535) {
      throw new IllegalArgumentException("httpPort must be from 0 to 65535, got " + httpPort);
    }
    if (shutdownTimeout.isNegative() || shutdownTimeout.isZero()) {
      throw new IllegalArgumentException("shutdownTimeout must be positive");
    }
  }

  /**
   * Reads the configuration from {@code environment}: {@link TemporalConnection}'s variables and
   * {@value #TASK_QUEUE} (default {@value #DEFAULT_TASK_QUEUE}), {@value #HTTP_PORT} (default
   * {@value #DEFAULT_HTTP_PORT}), {@value #SHUTDOWN_TIMEOUT} (default {@value
   * #DEFAULT_SHUTDOWN_TIMEOUT_SECONDS}).
   *
   * @throws ConfigurationException naming every variable that is wrong and how to fix it
   */
  public static WorkerConfig fromEnvironment(Map<String, String> environment) {
    EnvironmentReader reader = new EnvironmentReader(environment);
    TemporalConnection temporal = TemporalConnection.read(reader);
    String taskQueue = reader.string(TASK_QUEUE, DEFAULT_TASK_QUEUE);
    int httpPort = reader.port(HTTP_PORT, DEFAULT_HTTP_PORT);
    long shutdownSeconds = reader.seconds(SHUTDOWN_TIMEOUT, DEFAULT_SHUTDOWN_TIMEOUT_SECONDS);
    reader.throwIfInvalid();
    return new WorkerConfig(temporal, taskQueue, httpPort, Duration.ofSeconds(shutdownSeconds));
  }
}
