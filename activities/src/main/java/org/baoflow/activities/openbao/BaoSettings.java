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
 * @param stepDownPatience how long a stepped-down pod may still lead before it is stepped down
 *     again: longer than OpenBao's 10 s step-down hold and the election after it
 */
public record BaoSettings(
    BaoEndpointResolver resolver,
    ServiceAccountTokens tokens,
    Duration pollInterval,
    BaoClientSettings client,
    Duration stepDownPatience) {

  /** The step-down patience OpenBao's 10 s hold needs. */
  public static final Duration DEFAULT_STEP_DOWN_PATIENCE = Duration.ofSeconds(30);

  /** Settings with {@link #DEFAULT_STEP_DOWN_PATIENCE}. */
  public BaoSettings(
      BaoEndpointResolver resolver,
      ServiceAccountTokens tokens,
      Duration pollInterval,
      BaoClientSettings client) {
    this(resolver, tokens, pollInterval, client, DEFAULT_STEP_DOWN_PATIENCE);
  }

  public BaoSettings {
    Objects.requireNonNull(resolver, "resolver");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(stepDownPatience, "stepDownPatience");
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("pollInterval must be positive");
    }
    if (stepDownPatience.isNegative() || stepDownPatience.isZero()) {
      throw new IllegalArgumentException("stepDownPatience must be positive");
    }
  }
}
