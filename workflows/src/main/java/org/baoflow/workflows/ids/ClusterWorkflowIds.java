package org.baoflow.workflows.ids;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Temporal workflow IDs of one OpenBaoCluster, as docs/architecture.md lists them: {@code
 * obao_<k8s>_<ns>_<name>} for the cluster workflow and suffixes for its children. Every part is a
 * DNS-1123 name, which has no underscore, so an ID names exactly one cluster and one operation; the
 * same IDs in two Kubernetes clusters sharing a Temporal namespace differ by {@code <k8s>}.
 *
 * @param kubernetesCluster the Kubernetes cluster's name ({@code BAOFLOW_CLUSTER_NAME})
 * @param namespace the cluster resource's namespace
 * @param name the cluster resource's name
 */
public record ClusterWorkflowIds(String kubernetesCluster, String namespace, String name) {
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");
  private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]{0,62})");
  private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z.+-]{1,64}");
  private static final Pattern HEX8 = Pattern.compile("[0-9a-f]{8}");
  private static final DateTimeFormatter UTC_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** Checks every part; a bad one is an {@link IllegalArgumentException} naming it and the fix. */
  public ClusterWorkflowIds {
    require(
        kubernetesCluster,
        DNS_LABEL,
        "BAOFLOW_CLUSTER_NAME",
        "a DNS-1123 label: lower-case letters, digits and '-', at most 63 characters");
    require(namespace, DNS_LABEL, "metadata.namespace", "a DNS-1123 label");
    require(name, DNS_SUBDOMAIN, "metadata.name", "a DNS-1123 subdomain");
  }

  /** The cluster workflow, one per OpenBaoCluster. */
  public String cluster() {
    return "obao_" + kubernetesCluster + "_" + namespace + "_" + name;
  }

  /** The bootstrap child. */
  public String bootstrap() {
    return cluster() + "_bootstrap";
  }

  /** The converge child for spec generation {@code generation}, its {@code n}-th run. */
  public String converge(long generation, int n) {
    if (generation < 1 || n < 1) {
      throw new IllegalArgumentException(
          "converge needs a generation and a run number of 1 or more, got " + generation + "/" + n);
    }
    return cluster() + "_converge_" + generation + "_" + n;
  }

  /**
   * The upgrade child to {@code version}, told apart by the first 8 hex digits of its plan hash.
   */
  public String upgrade(String version, String planHash8) {
    require(version, VERSION, "spec.version", "a version such as 2.4.4");
    require(planHash8, HEX8, "the upgrade plan hash", "8 lower-case hex digits");
    return cluster() + "_upgrade_" + version + "_" + planHash8;
  }

  /** The scheduled backup that fires at {@code fire}, stamped in UTC to the second. */
  public String scheduledBackup(Instant fire) {
    Objects.requireNonNull(fire, "fire");
    return cluster() + "_backup_" + UTC_STAMP.format(fire);
  }

  /**
   * Whether {@code requestId} can name a manual backup: 1 to 63 letters, digits, '.', '_' or '-',
   * starting with a letter or digit.
   */
  public static boolean isRequestId(String requestId) {
    return requestId != null && REQUEST_ID.matcher(requestId).matches();
  }

  /** The manual backup of request {@code requestId} (annotation openbao.org/trigger-backup). */
  public String manualBackup(String requestId) {
    require(
        requestId,
        REQUEST_ID,
        "annotation openbao.org/trigger-backup",
        "1 to 63 letters, digits, '.', '_' or '-', starting with a letter or digit");
    return cluster() + "_backup_manual_" + requestId;
  }

  /**
   * The restore child of OpenBaoRestore {@code restoreName} (in this cluster's namespace), told
   * apart by the first 8 characters of its uid.
   */
  public String restore(String restoreName, String restoreUid) {
    require(restoreName, DNS_SUBDOMAIN, "OpenBaoRestore metadata.name", "a DNS-1123 subdomain");
    String uid8 = restoreUid == null ? "" : restoreUid.replace("-", "");
    if (uid8.length() < 8) {
      throw new IllegalArgumentException(
          "OpenBaoRestore metadata.uid must be the uid the API server assigned, got '"
              + restoreUid
              + "'");
    }
    return "obao_"
        + kubernetesCluster
        + "_"
        + namespace
        + "_"
        + restoreName
        + "_restore_"
        + uid8.substring(0, 8);
  }

  /** The delete child. */
  public String delete() {
    return cluster() + "_delete";
  }

  /** The value of the {@code OpenBaoCluster} search attribute: {@code <k8s>/<ns>/<name>}. */
  public String searchAttribute() {
    return kubernetesCluster + "/" + namespace + "/" + name;
  }

  private static void require(String value, Pattern pattern, String field, String expected) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must be " + expected + ", got '" + (value == null ? "" : value) + "'");
    }
  }
}
