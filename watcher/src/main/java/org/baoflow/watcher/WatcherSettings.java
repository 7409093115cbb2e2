package org.baoflow.watcher;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How a watcher runs, read from its environment.
 *
 * @param kubernetesCluster the name of the Kubernetes cluster it watches ({@code
 *     BAOFLOW_CLUSTER_NAME}), the {@code <k8s>} of every workflow ID
 * @param namespaces the namespaces it watches; empty for all ({@code BAOFLOW_NAMESPACES})
 * @param taskQueue the task queue cluster workflows start on ({@code BAOFLOW_TASK_QUEUE})
 * @param resyncPeriod how often every cached object is compared with what was acknowledged
 * @param leaseNamespace the namespace of the Lease that elects the active replica
 * @param leaseName the name of that Lease
 * @param identity this replica's name in the Lease
 */
public record WatcherSettings(
    String kubernetesCluster,
    List<String> namespaces,
    String taskQueue,
    Duration resyncPeriod,
    String leaseNamespace,
    String leaseName,
    String identity) {

  /** {@code <k8s>} when {@code BAOFLOW_CLUSTER_NAME} is not set. */
  public static final String DEFAULT_CLUSTER_NAME = "local";

  /** The task queue when {@code BAOFLOW_TASK_QUEUE} is not set. */
  public static final String DEFAULT_TASK_QUEUE = "baoflow";

  /** The Lease namespace when {@code BAOFLOW_NAMESPACE} is not set. */
  public static final String DEFAULT_LEASE_NAMESPACE = "baoflow-system";

  /** The name of the Lease every watcher replica competes for. */
  public static final String LEASE_NAME = "baoflow-watcher";

  /** The resync period when {@code BAOFLOW_RESYNC_PERIOD} is not set. */
  public static final Duration DEFAULT_RESYNC_PERIOD = Duration.ofSeconds(60);

  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

  public WatcherSettings {
    requireDnsLabel(
        "BAOFLOW_CLUSTER_NAME",
        kubernetesCluster,
        "set it to this Kubernetes cluster's name, such as 'prod-eu1'");
    namespaces = List.copyOf(Objects.requireNonNull(namespaces, "namespaces"));
    namespaces.forEach(
        namespace ->
            requireDnsLabel(
                "BAOFLOW_NAMESPACES",
                namespace,
                "list namespaces separated by commas, or leave it unset to watch all"));
    if (taskQueue == null || taskQueue.isBlank()) {
      throw new IllegalArgumentException(
          "BAOFLOW_TASK_QUEUE must not be blank; unset it to use '" + DEFAULT_TASK_QUEUE + "'");
    }
    Objects.requireNonNull(resyncPeriod, "resyncPeriod");
    if (resyncPeriod.isNegative() || resyncPeriod.isZero()) {
      throw new IllegalArgumentException(
          "BAOFLOW_RESYNC_PERIOD must be positive, got " + resyncPeriod);
    }
    requireDnsLabel(
        "BAOFLOW_NAMESPACE", leaseNamespace, "set it to the namespace BaoFlow is installed in");
    requireDnsLabel("the Lease name", leaseName, "use a DNS-1123 label");
    if (identity == null || identity.isBlank()) {
      throw new IllegalArgumentException("the watcher identity must not be blank");
    }
  }

  /**
   * Reads {@code BAOFLOW_CLUSTER_NAME} (default {@value #DEFAULT_CLUSTER_NAME}), {@code
   * BAOFLOW_NAMESPACES} (comma separated; default all), {@code BAOFLOW_TASK_QUEUE} (default {@value
   * #DEFAULT_TASK_QUEUE}), {@code BAOFLOW_RESYNC_PERIOD} (seconds or an ISO-8601 duration such as
   * {@code PT30S}; default 60 s), {@code BAOFLOW_NAMESPACE} (default {@value
   * #DEFAULT_LEASE_NAMESPACE}) and the identity from {@code POD_NAME} or {@code HOSTNAME}. A bad
   * value is an {@link IllegalArgumentException} naming the variable and how to fix it.
   */
  public static WatcherSettings fromEnvironment(Map<String, String> environment) {
    return new WatcherSettings(
        value(environment, "BAOFLOW_CLUSTER_NAME", DEFAULT_CLUSTER_NAME),
        Arrays.stream(value(environment, "BAOFLOW_NAMESPACES", "").split(","))
            .map(String::strip)
            .filter(namespace -> !namespace.isEmpty())
            .toList(),
        value(environment, "BAOFLOW_TASK_QUEUE", DEFAULT_TASK_QUEUE),
        resyncPeriod(value(environment, "BAOFLOW_RESYNC_PERIOD", "")),
        value(environment, "BAOFLOW_NAMESPACE", DEFAULT_LEASE_NAMESPACE),
        LEASE_NAME,
        identity(environment));
  }

  /** The same settings with another resync period. */
  public WatcherSettings withResyncPeriod(Duration period) {
    return new WatcherSettings(
        kubernetesCluster, namespaces, taskQueue, period, leaseNamespace, leaseName, identity);
  }

  /** The same settings with another identity in the Lease. */
  public WatcherSettings withIdentity(String newIdentity) {
    return new WatcherSettings(
        kubernetesCluster,
        namespaces,
        taskQueue,
        resyncPeriod,
        leaseNamespace,
        leaseName,
        newIdentity);
  }

  private static String value(Map<String, String> environment, String name, String fallback) {
    String value = environment.getOrDefault(name, "").strip();
    return value.isEmpty() ? fallback : value;
  }

  private static Duration resyncPeriod(String value) {
    if (value.isEmpty()) {
      return DEFAULT_RESYNC_PERIOD;
    }
    try {
      return value.chars().allMatch(Character::isDigit)
          ? Duration.ofSeconds(Long.parseLong(value))
          : Duration.parse(value);
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          "BAOFLOW_RESYNC_PERIOD must be a number of seconds or an ISO-8601 duration such as"
              + " PT30S, got '"
              + value
              + "'",
          e);
    }
  }

  private static String identity(Map<String, String> environment) {
    String pod = value(environment, "POD_NAME", value(environment, "HOSTNAME", ""));
    // Two replicas must never share an identity in the Lease, or both would think they lead.
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    return (pod.isEmpty() ? "baoflow-watcher" : pod) + "-" + suffix;
  }

  private static void requireDnsLabel(String variable, String value, String fix) {
    if (value == null || !DNS_LABEL.matcher(value).matches()) {
      throw new IllegalArgumentException(
          variable
              + " must be a DNS-1123 label (lower-case letters, digits and '-', at most 63"
              + " characters), got '"
              + (value == null ? "" : value)
              + "'; "
              + fix);
    }
  }
}
