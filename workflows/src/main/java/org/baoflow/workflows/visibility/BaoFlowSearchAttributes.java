package org.baoflow.workflows.visibility;

import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.common.SearchAttributeKey;
import java.util.Map;

/**
 * The typed search attributes of BaoFlow's workflows, so the Temporal UI lists every workflow of a
 * cluster with {@code OpenBaoCluster = "<k8s>/<ns>/<name>"}. The worker registers them at start
 * when they are missing.
 */
public final class BaoFlowSearchAttributes {
  /** {@code <k8s>/<ns>/<name>} of the cluster, see {@code ClusterWorkflowIds#searchAttribute}. */
  public static final SearchAttributeKey<String> CLUSTER =
      SearchAttributeKey.forKeyword("OpenBaoCluster");

  /** The {@link Operation} a workflow runs. */
  public static final SearchAttributeKey<String> OPERATION =
      SearchAttributeKey.forKeyword("OpenBaoOperation");

  /** The {@link ClusterPhase}, upserted on each transition. */
  public static final SearchAttributeKey<String> PHASE =
      SearchAttributeKey.forKeyword("OpenBaoPhase");

  /** The OpenBao version an upgrade goes to. */
  public static final SearchAttributeKey<String> TARGET_VERSION =
      SearchAttributeKey.forKeyword("OpenBaoTargetVersion");

  private BaoFlowSearchAttributes() {}

  /** Every attribute with its type, for registration. */
  public static Map<String, IndexedValueType> all() {
    return Map.of(
        CLUSTER.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
        OPERATION.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
        PHASE.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
        TARGET_VERSION.getName(), IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);
  }
}
