package org.baoflow.activities.openbao;

import org.baoflow.activities.bao.AutopilotConfiguration;
import org.baoflow.activities.kube.render.DefaultedSpec;
import org.baoflow.api.v1alpha1.AutopilotSpec;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;

/**
 * The autopilot configuration a spec asks for, every field set: OpenBao persists only the fields a
 * write supplies, so a field the user removed from the spec must be written back to OpenBao's
 * default, or the old value would stay.
 */
final class AutopilotSettings {
  // OpenBao's defaults for the fields the CRD does not default.
  private static final String DEFAULT_LAST_CONTACT_THRESHOLD = "10s";
  private static final int DEFAULT_MAX_TRAILING_LOGS = 1000;
  private static final String DEFAULT_SERVER_STABILIZATION_TIME = "10s";

  /**
   * Dead-server cleanup needs a quorum of at least 3; like self-init, the quorum defaults to the
   * cluster's size so cleanup never shrinks it below what the spec asks for.
   */
  private static final int SMALLEST_QUORUM = 3;

  private AutopilotSettings() {}

  /** The configuration {@code spec} asks for. */
  static AutopilotConfiguration of(OpenBaoClusterSpec spec) {
    AutopilotSpec autopilot = DefaultedSpec.autopilot(spec);
    int replicas = spec.getReplicas() == null ? SMALLEST_QUORUM : spec.getReplicas();
    return new AutopilotConfiguration(
        autopilot.getCleanupDeadServers(),
        orDefault(autopilot.getLastContactThreshold(), DEFAULT_LAST_CONTACT_THRESHOLD),
        autopilot.getDeadServerLastContactThreshold(),
        orDefault(autopilot.getMaxTrailingLogs(), DEFAULT_MAX_TRAILING_LOGS),
        autopilot.getMinQuorum() != null
            ? autopilot.getMinQuorum()
            : Math.max(SMALLEST_QUORUM, replicas),
        orDefault(autopilot.getServerStabilizationTime(), DEFAULT_SERVER_STABILIZATION_TIME));
  }

  private static <T> T orDefault(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
