package org.baoflow.worker;

import com.codahale.metrics.MetricRegistry;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.baoflow.watcher.temporal.ConfigurationException;
import org.baoflow.watcher.temporal.TemporalConnection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code baoflow-worker}: runs the worker process until the JVM is asked to stop (SIGTERM), then
 * shuts it down gracefully. Configured by environment (see {@link WorkerConfig}); an option
 * overrides its variable. The API key has no option, so it never shows in a process listing.
 */
@Command(
    name = "baoflow-worker",
    mixinStandardHelpOptions = true,
    description = "Runs BaoFlow's workflows and activities on a Temporal task queue.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "1:failed while running", "2:invalid configuration"})
public final class BaoFlowWorkerMain implements Callable<Integer> {
  static final int INVALID_CONFIGURATION = 2;

  @Option(names = "--temporal-address", description = "host:port (TEMPORAL_ADDRESS)")
  private String temporalAddress;

  @Option(names = "--namespace", description = "Temporal namespace (TEMPORAL_NAMESPACE)")
  private String namespace;

  @Option(names = "--task-queue", description = "task queue (BAOFLOW_TASK_QUEUE)")
  private String taskQueue;

  @Option(names = "--http-port", description = "metrics and probes port (BAOFLOW_HTTP_PORT)")
  private String httpPort;

  @Option(
      names = "--tls-cert",
      description = "client certificate PEM file (TEMPORAL_TLS_CLIENT_CERT_PATH)")
  private String tlsCert;

  @Option(
      names = "--tls-key",
      description = "client PKCS#8 key PEM file (TEMPORAL_TLS_CLIENT_KEY_PATH)")
  private String tlsKey;

  @Option(names = "--tls-ca", description = "server CA PEM file (TEMPORAL_TLS_SERVER_CA_CERT_PATH)")
  private String tlsCa;

  @Option(
      names = "--shutdown-timeout",
      description = "seconds to let running tasks finish (BAOFLOW_SHUTDOWN_TIMEOUT_SECONDS)")
  private String shutdownTimeout;

  @Spec private CommandSpec spec;

  private final Map<String, String> environment;
  private final Supplier<WorkerComposition> composition;

  BaoFlowWorkerMain(Map<String, String> environment, Supplier<WorkerComposition> composition) {
    this.environment = Map.copyOf(environment);
    this.composition = composition;
  }

  public static void main(String[] args) {
    int exit =
        new CommandLine(new BaoFlowWorkerMain(System.getenv(), BaoFlowWorkerMain::loadComposition))
            .execute(args);
    System.exit(exit);
  }

  @Override
  public Integer call() throws InterruptedException {
    WorkerConfig config;
    try {
      config = WorkerConfig.fromEnvironment(withOptions());
    } catch (ConfigurationException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(e.getMessage());
      err.flush();
      return INVALID_CONFIGURATION;
    }
    MetricRegistry metrics = new MetricRegistry();
    WorkerProcess process =
        WorkerProcess.create(config, composition.get().compose(config, metrics), metrics);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  process.close();
                  stopped.countDown();
                },
                "baoflow-worker-shutdown"));
    try {
      process.start();
    } catch (RuntimeException e) {
      process.close();
      throw e;
    }
    stopped.await();
    return 0;
  }

  /** The environment with each given option in place of its variable. */
  Map<String, String> withOptions() {
    Map<String, String> merged = new HashMap<>(environment);
    override(merged, TemporalConnection.ADDRESS, temporalAddress);
    override(merged, TemporalConnection.NAMESPACE, namespace);
    override(merged, TemporalConnection.CLIENT_CERT, tlsCert);
    override(merged, TemporalConnection.CLIENT_KEY, tlsKey);
    override(merged, TemporalConnection.SERVER_CA, tlsCa);
    override(merged, WorkerConfig.TASK_QUEUE, taskQueue);
    override(merged, WorkerConfig.HTTP_PORT, httpPort);
    override(merged, WorkerConfig.SHUTDOWN_TIMEOUT, shutdownTimeout);
    return merged;
  }

  private static void override(Map<String, String> environment, String variable, String option) {
    if (option != null) {
      environment.put(variable, option);
    }
  }

  private static WorkerComposition loadComposition() {
    List<WorkerComposition> found =
        ServiceLoader.load(WorkerComposition.class).stream()
            .map(ServiceLoader.Provider::get)
            .toList();
    if (found.size() != 1) {
      throw new IllegalStateException(
          "the classpath must hold exactly one "
              + WorkerComposition.class.getName()
              + " (META-INF/services), found "
              + found.size());
    }
    return found.get(0);
  }
}
