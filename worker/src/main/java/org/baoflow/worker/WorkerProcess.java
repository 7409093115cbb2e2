package org.baoflow.worker;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import io.grpc.ConnectivityState;
import io.temporal.client.WorkflowClient;
import io.temporal.common.interceptors.WorkerInterceptor;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.baoflow.watcher.temporal.BaoFlowClients;
import org.baoflow.watcher.temporal.TemporalServiceOptions;
import org.baoflow.worker.metrics.DropwizardStatsReporter;
import org.baoflow.worker.metrics.MetricKey;
import org.baoflow.workflows.visibility.BaoFlowSearchAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker process: HTTP endpoints from {@link #create}, then {@link #start()} connects to
 * Temporal, registers missing search attributes and polls the task queue with the given {@link
 * WorkerComponents}; {@link #close()} stops polling, lets running tasks finish within the shutdown
 * timeout, closes the connection and stops serving HTTP last; {@link #kill()} stops at once.
 */
public final class WorkerProcess implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WorkerProcess.class);

  /** How often SDK metrics move into the registry; a scrape sees them at most this late. */
  private static final com.uber.m3.util.Duration METRICS_REPORT_INTERVAL =
      com.uber.m3.util.Duration.ofSeconds(1);

  /** How long the first connection may take before start gives up. */
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

  /** How long closing the connection may take once the workers have stopped. */
  private static final Duration CHANNEL_CLOSE_TIMEOUT = Duration.ofSeconds(5);

  private enum Stage {
    CREATED,
    CONNECTING,
    RUNNING,
    FAILED,
    STOPPING,
    STOPPED
  }

  private final WorkerConfig config;
  private final WorkerComponents components;
  private final TaskHandling taskHandling;
  private final Scope sdkMetrics;
  private final WorkerHttpServer http;
  private volatile Stage stage = Stage.CREATED;
  private volatile WorkflowServiceStubs stubs;
  private WorkerFactory factory;
  private Set<String> registeredSearchAttributes = Set.of();

  private WorkerProcess(
      WorkerConfig config,
      WorkerComponents components,
      TaskHandling taskHandling,
      MetricRegistry metrics,
      Scope sdkMetrics) {
    this.config = config;
    this.components = components;
    this.taskHandling = taskHandling;
    this.sdkMetrics = sdkMetrics;
    metrics.gauge("baoflow_worker_ready", () -> (Gauge<Integer>) () -> readiness().ready() ? 1 : 0);
    metrics.gauge(
        MetricKey.of(
                "baoflow_worker_info",
                Map.of(
                    "namespace", config.temporal().namespace(), "task_queue", config.taskQueue()))
            .encode(),
        () -> (Gauge<Integer>) () -> 1);
    this.http = WorkerHttpServer.start(config.httpPort(), metrics, this::readiness);
  }

  /**
   * Serves HTTP (not ready yet) and prepares the SDK metrics bridge into {@code metrics}; nothing
   * talks to Temporal before {@link #start()}.
   */
  public static WorkerProcess create(
      WorkerConfig config, WorkerComponents components, MetricRegistry metrics) {
    return create(config, components, TaskHandling.defaults(), metrics);
  }

  /** {@link #create(WorkerConfig, WorkerComponents, MetricRegistry)} with its own task handling. */
  public static WorkerProcess create(
      WorkerConfig config,
      WorkerComponents components,
      TaskHandling taskHandling,
      MetricRegistry metrics) {
    Scope scope =
        new RootScopeBuilder()
            .reporter(new DropwizardStatsReporter(metrics))
            .reportEvery(METRICS_REPORT_INTERVAL);
    try {
      return new WorkerProcess(config, components, taskHandling, metrics, scope);
    } catch (RuntimeException e) {
      closeScope(scope);
      throw e;
    }
  }

  /**
   * Connects, registers the missing search attributes and starts polling.
   *
   * @throws IllegalStateException when called twice or after {@link #close()}
   * @throws RuntimeException from the SDK when Temporal cannot be reached or refuses the worker
   */
  public synchronized void start() {
    if (stage != Stage.CREATED) {
      throw new IllegalStateException("the worker process can start once, it is " + stage);
    }
    stage = Stage.CONNECTING;
    try {
      WorkflowServiceStubsOptions options =
          TemporalServiceOptions.builder(config.temporal()).setMetricsScope(sdkMetrics).build();
      stubs = WorkflowServiceStubs.newConnectedServiceStubs(options, CONNECT_TIMEOUT);
      registeredSearchAttributes = registerSearchAttributes(options);
      WorkflowClient client = BaoFlowClients.of(stubs, config.temporal().namespace());
      factory =
          WorkerFactory.newInstance(
              client,
              WorkerFactoryOptions.newBuilder()
                  .setWorkerInterceptors(
                      taskHandling.interceptors().toArray(WorkerInterceptor[]::new))
                  .build());
      Worker worker = factory.newWorker(config.taskQueue(), workerOptions());
      if (!components.workflowImplementationTypes().isEmpty()) {
        worker.registerWorkflowImplementationTypes(
            components.workflowImplementationTypes().toArray(Class<?>[]::new));
      }
      if (!components.activityImplementations().isEmpty()) {
        worker.registerActivitiesImplementations(components.activityImplementations().toArray());
      }
      factory.start();
      stage = Stage.RUNNING;
      LOG.info(
          "polling task queue {} in namespace {} at {}; search attributes added: {}",
          config.taskQueue(),
          config.temporal().namespace(),
          config.temporal().address(),
          registeredSearchAttributes);
    } catch (RuntimeException e) {
      stage = Stage.FAILED;
      throw e;
    }
  }

  private WorkerOptions workerOptions() {
    WorkerOptions.Builder options = WorkerOptions.newBuilder();
    if (!taskHandling.stickyExecution()) {
      // The SDK sends no sticky attributes when this timeout is zero: every workflow task then
      // goes to the shared task queue, where any worker polls it.
      options.setStickyQueueScheduleToStartTimeout(Duration.ZERO);
    }
    return options.build();
  }

  private Set<String> registerSearchAttributes(WorkflowServiceStubsOptions options) {
    // The operator stubs share the workflow stubs' channel (and so its TLS); the API key travels
    // per call, so it is added again.
    OperatorServiceStubsOptions.Builder operatorOptions =
        OperatorServiceStubsOptions.newBuilder().setChannel(stubs.getRawChannel());
    if (options.getGrpcMetadataProviders() != null) {
      operatorOptions.setGrpcMetadataProviders(options.getGrpcMetadataProviders());
    }
    OperatorServiceStubs operator =
        OperatorServiceStubs.newServiceStubs(operatorOptions.validateAndBuildWithDefaults());
    try {
      return SearchAttributeRegistration.registerMissing(
          operator, config.temporal().namespace(), BaoFlowSearchAttributes.all());
    } finally {
      operator.shutdown();
    }
  }

  /** Ready only while connected to Temporal and polling; otherwise why not. */
  public Readiness readiness() {
    Stage now = stage;
    return switch (now) {
      case CREATED -> Readiness.notReady("not started");
      case CONNECTING -> Readiness.notReady("connecting to Temporal at " + address());
      case FAILED -> Readiness.notReady("could not start: see the log");
      case STOPPING, STOPPED -> Readiness.notReady("shutting down");
      case RUNNING -> connectionReadiness();
    };
  }

  private Readiness connectionReadiness() {
    ConnectivityState channel = stubs.getRawChannel().getState(false);
    if (channel == ConnectivityState.TRANSIENT_FAILURE || channel == ConnectivityState.SHUTDOWN) {
      return Readiness.notReady("lost the connection to Temporal at " + address());
    }
    return Readiness.ready("polling task queue " + config.taskQueue());
  }

  private String address() {
    return config.temporal().address();
  }

  /** The port of the HTTP endpoints. */
  public int httpPort() {
    return http.port();
  }

  /** The search attributes {@link #start()} added; empty when the namespace had them all. */
  public synchronized Set<String> registeredSearchAttributes() {
    return registeredSearchAttributes;
  }

  /**
   * Stops polling, waits up to the shutdown timeout for running tasks, cancels what is left, then
   * closes the connection and the HTTP endpoints. Safe to call more than once.
   */
  @Override
  public synchronized void close() {
    if (stage == Stage.STOPPED) {
      return;
    }
    stage = Stage.STOPPING;
    try {
      if (factory != null) {
        factory.shutdown();
        factory.awaitTermination(config.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS);
        if (!factory.isTerminated()) {
          LOG.warn("tasks still running after {}; cancelling them", config.shutdownTimeout());
          factory.shutdownNow();
          factory.awaitTermination(CHANNEL_CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
      }
      if (stubs != null) {
        stubs.shutdown();
        if (!stubs.awaitTermination(CHANNEL_CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
          stubs.shutdownNow();
        }
      }
      closeScope(sdkMetrics);
      components.resources().forEach(WorkerProcess::closeQuietly);
    } finally {
      stage = Stage.STOPPED;
      http.close();
    }
  }

  /**
   * Stops at once, as a killed process would: every call to Temporal in flight is cancelled (no
   * poll holds a task for a worker that is gone, and nothing more is reported), running tasks are
   * interrupted, then the components' resources close, so an attempt left running cannot reach
   * anything. Temporal retries those attempts after their timeouts. Safe to call more than once.
   */
  public synchronized void kill() {
    if (stage == Stage.STOPPED) {
      return;
    }
    stage = Stage.STOPPING;
    try {
      if (stubs != null) {
        stubs.shutdownNow();
        stubs.awaitTermination(CHANNEL_CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
      if (factory != null) {
        factory.shutdownNow();
        factory.awaitTermination(config.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS);
      }
      components.resources().forEach(WorkerProcess::closeQuietly);
      closeScope(sdkMetrics);
    } finally {
      stage = Stage.STOPPED;
      http.close();
    }
  }

  private static void closeScope(Scope scope) {
    try {
      scope.close();
    } catch (Exception e) {
      // Only the last metrics report is lost; shutdown goes on.
      LOG.warn("closing the SDK metrics scope failed", e);
    }
  }

  private static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception e) {
      LOG.warn("could not close {}: {}", resource.getClass().getSimpleName(), e.toString());
    }
  }
}
