package org.baoflow.workflows.cluster;

import java.util.Map;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;

/**
 * What the cluster workflow carries across continue-as-new.
 *
 * @param latest the newest spec event seen; {@code null} before the first
 * @param appliedSpec the spec the last successful operation acted on; {@code null} before bootstrap
 * @param appliedGeneration that spec's generation; 0 before bootstrap
 * @param initialized whether bootstrap completed
 * @param appliedHashes {@code Kind/name} to the managed hash of BaoFlow's last apply of it
 * @param convergeRuns converge runs started for {@code appliedGeneration}'s successor, for IDs
 * @param certificateRenewAtMillis when the server certificate is due; 0 when BaoFlow does not issue
 *     it
 * @param driftPending a drift event arrived that the next idle moment must converge
 */
public record ClusterMemory(
    SpecObserved latest,
    OpenBaoClusterSpec appliedSpec,
    long appliedGeneration,
    boolean initialized,
    Map<String, String> appliedHashes,
    int convergeRuns,
    long certificateRenewAtMillis,
    boolean driftPending) {
  public ClusterMemory {
    appliedHashes = appliedHashes == null ? Map.of() : Map.copyOf(appliedHashes);
  }
}
