package org.baoflow.activities.openbao;

import java.time.Duration;
import java.util.Objects;
import org.baoflow.activities.bao.BaoClientSettings;
import org.baoflow.activities.bao.BaoEndpointResolver;

/**
 * How BaoFlow's OpenBao activities reach and log in to pods in this worker.
 *
 * @param resolver maps a pod's DNS URI to where to connect: {@link BaoEndpointResolver#direct()} in
 *     Kubernetes, {@link PodPortAnnotationResolver} in the lane
 * @param tokens the worker's ServiceAccount tokens for its JWT login
 * @param pollInterval how often waits look again (and heartbeat)
 * @param client timeouts and retries of the HTTP client
 */
public record BaoSettings(
    BaoEndpointResolver resolver,
    ServiceAccountTokens tokens,
    Duration pollInterval,
    BaoClientSettings client) {

  public BaoSettings {
    Objects.requireNonNull(resolver, "resolver");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(client, "client");
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("pollInterval must be positive");
    }
  }
}
