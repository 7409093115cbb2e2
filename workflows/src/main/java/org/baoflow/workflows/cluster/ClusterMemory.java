package org.baoflow.workflows.cluster;

import java.util.List;
import java.util.Map;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;

/**
 * What the cluster workflow carries across continue-as-new. Fields are only ever added (decision
 * 0008): a payload of an older worker lacks the newer ones, and their {@code null}, 0 or {@code
 * false} means what a fresh workflow would assume.
 *
 * @param latest the newest spec event seen; {@code null} before the first
 * @param appliedSpec the spec the last successful operation acted on; {@code null} before bootstrap
 * @param appliedGeneration that spec's generation; 0 before bootstrap
 * @param initialized whether bootstrap completed
 * @param appliedHashes {@code Kind/name} to the managed hash of BaoFlow's last apply of it
 * @param convergeRuns converge runs started for {@code convergeGeneration}, for IDs
 * @param certificateRenewAtMillis when the server certificate is due; 0 when BaoFlow does not issue
 *     it
 * @param driftPending a drift event arrived that the next idle moment must converge
 * @param target the newest valid spec event, the one operations act on; {@code null} before the
 *     first valid one
 * @param validatedGeneration the newest generation the validator has seen
 * @param violations why the newest spec is invalid, each {@code field: message}
 * @param operationDue the target spec still waits for its operation (for example while paused)
 * @param convergeGeneration the generation {@code convergeRuns} counts for
 * @param finalizerAdded whether BaoFlow's finalizer is on the resource
 * @param phase the {@code ClusterPhase} display name
 * @param lastFailure the message of the last failed operation; {@code null} after a success
 * @param pendingDrift {@code Kind/name} to the managed hash of each drift not converged yet
 * @param backups the backup slot: schedule, due fire, requests and {@code status.backup}
 */
public record ClusterMemory(
    SpecObserved latest,
    OpenBaoClusterSpec appliedSpec,
    long appliedGeneration,
    boolean initialized,
    Map<String, String> appliedHashes,
    int convergeRuns,
    long certificateRenewAtMillis,
    boolean driftPending,
    SpecObserved target,
    long validatedGeneration,
    List<String> violations,
    boolean operationDue,
    long convergeGeneration,
    boolean finalizerAdded,
    String phase,
    String lastFailure,
    Map<String, String> pendingDrift,
    BackupMemory backups) {
  public ClusterMemory {
    appliedHashes = appliedHashes == null ? Map.of() : Map.copyOf(appliedHashes);
    violations = violations == null ? List.of() : List.copyOf(violations);
    pendingDrift = pendingDrift == null ? Map.of() : Map.copyOf(pendingDrift);
    backups = backups == null ? BackupMemory.NONE : backups;
  }

  /** The memory of a workflow that has seen only {@code latest}. */
  public static ClusterMemory first(SpecObserved latest) {
    return new ClusterMemory(
        latest,
        null,
        0,
        false,
        Map.of(),
        0,
        0,
        false,
        null,
        0,
        List.of(),
        false,
        0,
        false,
        null,
        null,
        Map.of(),
        BackupMemory.NONE);
  }
}
