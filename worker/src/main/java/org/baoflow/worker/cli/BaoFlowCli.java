package org.baoflow.worker.cli;

import java.util.HashMap;
import java.util.Map;
import org.baoflow.watcher.temporal.TemporalConnection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code baoflow}: the user's command line for BaoFlow clusters. It talks to Temporal only, with
 * the same variables as the worker (TLS and API key included); options override them.
 */
@Command(
    name = "baoflow",
    mixinStandardHelpOptions = true,
    description = "Shows and steers OpenBao clusters that BaoFlow operates.",
    subcommands = {StatusCommand.class, BackupCommand.class})
public final class BaoFlowCli {
  /** The variable naming the Kubernetes cluster, as the watcher uses it. */
  public static final String CLUSTER_NAME = "BAOFLOW_CLUSTER_NAME";

  public static final String DEFAULT_CLUSTER_NAME = "local";

  @Option(names = "--temporal-address", description = "host:port (TEMPORAL_ADDRESS)")
  private String temporalAddress;

  @Option(names = "--namespace", description = "Temporal namespace (TEMPORAL_NAMESPACE)")
  private String namespace;

  @Option(names = "--cluster", description = "Kubernetes cluster name (BAOFLOW_CLUSTER_NAME)")
  private String cluster;

  private final Map<String, String> environment;

  BaoFlowCli(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** A command line over {@code environment}, for {@link #main} and tests. */
  public static CommandLine commandLine(Map<String, String> environment) {
    return new CommandLine(new BaoFlowCli(environment));
  }

  public static void main(String[] args) {
    System.exit(commandLine(System.getenv()).execute(args));
  }

  /** The Temporal connection from the environment and options. */
  TemporalConnection connection() {
    Map<String, String> merged = new HashMap<>(environment);
    if (temporalAddress != null) {
      merged.put(TemporalConnection.ADDRESS, temporalAddress);
    }
    if (namespace != null) {
      merged.put(TemporalConnection.NAMESPACE, namespace);
    }
    return TemporalConnection.fromEnvironment(merged);
  }

  /** The Kubernetes cluster name, from the option, the variable or the default. */
  String kubernetesCluster() {
    if (cluster != null) {
      return cluster;
    }
    String fromEnvironment = environment.getOrDefault(CLUSTER_NAME, "").strip();
    return fromEnvironment.isEmpty() ? DEFAULT_CLUSTER_NAME : fromEnvironment;
  }
}
