package org.baoflow.worker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.baoflow.activities.kube.render.Platform;
import org.baoflow.watcher.temporal.ConfigurationException;
import org.baoflow.watcher.temporal.EnvironmentReader;

/**
 * Where the worker runs and how its activities behave, from the environment the Deployment sets.
 *
 * @param platform the worker's namespace, ServiceAccount and the cluster's service-account issuer
 * @param pollInterval how often waits look again
 * @param openBaoTokenFile a projected ServiceAccount token with audience {@code openbao-internal};
 *     empty to request tokens from the TokenRequest API instead
 */
public record PlatformConfig(
    Platform platform, Duration pollInterval, Optional<Path> openBaoTokenFile) {
  /** The worker's namespace (set it from the Downward API). */
  public static final String NAMESPACE = "BAOFLOW_NAMESPACE";

  /** The worker's ServiceAccount. */
  public static final String SERVICE_ACCOUNT = "BAOFLOW_SERVICE_ACCOUNT";

  /** The issuer of the cluster's ServiceAccount tokens, whose discovery OpenBao reads. */
  public static final String ISSUER = "BAOFLOW_SERVICE_ACCOUNT_ISSUER";

  /** Seconds between two looks of a wait. */
  public static final String POLL_SECONDS = "BAOFLOW_POLL_INTERVAL_SECONDS";

  /** Path of a projected token for OpenBao. */
  public static final String TOKEN_FILE = "BAOFLOW_OPENBAO_TOKEN_FILE";

  /**
   * Reads {@value #NAMESPACE} (default baoflow-system), {@value #SERVICE_ACCOUNT} (default
   * baoflow-worker), {@value #ISSUER} (default https://kubernetes.default.svc.cluster.local),
   * {@value #POLL_SECONDS} (default 2) and {@value #TOKEN_FILE} (optional).
   *
   * @throws ConfigurationException naming every variable that is wrong and how to fix it
   */
  public static PlatformConfig fromEnvironment(Map<String, String> environment) {
    EnvironmentReader reader = new EnvironmentReader(environment);
    Platform platform =
        new Platform(
            reader.string(NAMESPACE, "baoflow-system"),
            reader.string(SERVICE_ACCOUNT, "baoflow-worker"),
            reader.string(ISSUER, "https://kubernetes.default.svc.cluster.local"));
    long pollSeconds = reader.seconds(POLL_SECONDS, 2);
    Optional<Path> tokenFile = reader.readableFile(TOKEN_FILE);
    reader.throwIfInvalid();
    return new PlatformConfig(platform, Duration.ofSeconds(pollSeconds), tokenFile);
  }
}
