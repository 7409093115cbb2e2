package org.baoflow.activities.kube.render;

import java.util.LinkedHashMap;
import java.util.Map;

/** Label and annotation keys, and the label sets of one cluster's resources. */
public final class Labels {
  public static final String NAME = "app.kubernetes.io/name";
  public static final String INSTANCE = "app.kubernetes.io/instance";
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  public static final String VERSION = "app.kubernetes.io/version";

  /** The cluster a resource belongs to; also the selector of raft's {@code retry_join}. */
  public static final String CLUSTER = "openbao.org/cluster";

  /** The revision of a pod during and after a blue/green upgrade. */
  public static final String REVISION = "openbao.org/revision";

  /** What a resource is for, such as {@code server}. */
  public static final String COMPONENT = "openbao.org/component";

  /** Pod-template annotation: SHA-256 of the rendered configuration; a change rolls the pods. */
  public static final String CONFIG_HASH = "openbao.org/config-hash";

  /** Pod-template annotation: fingerprint of the server certificate; a rotation rolls the pods. */
  public static final String CERT_HASH = "openbao.org/tls-cert-hash";

  /** The value of {@link #MANAGED_BY} on everything BaoFlow creates. */
  public static final String MANAGER = "baoflow";

  private Labels() {}

  /** Labels on every resource of a cluster. */
  public static Map<String, String> common(String cluster) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(NAME, "openbao");
    labels.put(INSTANCE, cluster);
    labels.put(MANAGED_BY, MANAGER);
    labels.put(CLUSTER, cluster);
    return labels;
  }

  /** Selector of every OpenBao pod of a cluster, whatever its revision. */
  public static Map<String, String> clusterSelector(String cluster) {
    Map<String, String> selector = new LinkedHashMap<>();
    selector.put(NAME, "openbao");
    selector.put(CLUSTER, cluster);
    return selector;
  }

  /** Selector of the pods of one revision; the cluster selector when {@code revision} is null. */
  public static Map<String, String> podSelector(String cluster, String revision) {
    Map<String, String> selector = clusterSelector(cluster);
    if (revision != null) {
      selector.put(REVISION, revision);
    }
    return selector;
  }

  /** Labels of the pods of one revision. */
  public static Map<String, String> podLabels(String cluster, String revision) {
    Map<String, String> labels = common(cluster);
    labels.put(COMPONENT, "server");
    if (revision != null) {
      labels.put(REVISION, revision);
    }
    return labels;
  }
}
