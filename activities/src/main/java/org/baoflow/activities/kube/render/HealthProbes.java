package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;

/**
 * Probes of the OpenBao container: HTTPS {@code GET /v1/sys/health} with every status code that
 * matters spelled out, so the probe's meaning does not depend on OpenBao's defaults. The kubelet
 * counts 200-399 as success and does not verify the certificate.
 */
final class HealthProbes {
  /**
   * Ready = serving: the active node (200) or an unsealed standby, including a raft non-voter of a
   * green revision ({@code standbyok=true} turns 429 into 200). Sealed (503) and uninitialized
   * (501) nodes are not ready; the headless Service publishes them anyway for raft.
   */
  static final String READINESS_PATH =
      "/v1/sys/health?standbyok=true&sealedcode=503&uninitcode=501";

  /**
   * Alive = the process answers. A sealed or uninitialized node (204) is waiting to be unsealed,
   * initialized or joined; restarting it would not help and would interrupt a join or self-init.
   */
  static final String LIVENESS_PATH = "/v1/sys/health?standbyok=true&sealedcode=204&uninitcode=204";

  private HealthProbes() {}

  static Probe readiness() {
    return probe(READINESS_PATH, 5, 3, 2);
  }

  static Probe liveness() {
    return probe(LIVENESS_PATH, 10, 5, 6);
  }

  /**
   * Holds liveness back until the listener answers: 5 s x 60 = 5 minutes for the entrypoint to
   * render the config and for OpenBao to open its storage and listener, after which liveness takes
   * over.
   */
  static Probe startup() {
    return probe(LIVENESS_PATH, 5, 3, 60);
  }

  private static Probe probe(String path, int periodSeconds, int timeoutSeconds, int failures) {
    return new ProbeBuilder()
        .withNewHttpGet()
        .withScheme("HTTPS")
        .withPath(path)
        .withPort(new IntOrString(PodLayout.API_PORT))
        .endHttpGet()
        .withPeriodSeconds(periodSeconds)
        .withTimeoutSeconds(timeoutSeconds)
        .withSuccessThreshold(1)
        .withFailureThreshold(failures)
        .build();
  }
}
