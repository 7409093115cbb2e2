package org.baoflow.lane.sim.temporal;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import io.temporal.serviceclient.OperatorServiceStubs;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The custom search attributes BaoFlow's workflows set, all Keyword, and their registration on a
 * Temporal namespace. Registration adds only the missing ones, so it is safe against a Temporal
 * that already has them.
 */
public final class LaneSearchAttributes {

  /** The cluster a workflow acts on ({@code namespace/name}). */
  public static final String CLUSTER = "OpenBaoCluster";

  /** The operation a workflow runs (upgrade, backup, restore, ...). */
  public static final String OPERATION = "OpenBaoOperation";

  /** The phase the operation is in. */
  public static final String PHASE = "OpenBaoPhase";

  /** The OpenBao version an upgrade goes to. */
  public static final String TARGET_VERSION = "OpenBaoTargetVersion";

  /** Every attribute above, in a stable order. */
  public static final List<String> NAMES = List.of(CLUSTER, OPERATION, PHASE, TARGET_VERSION);

  private LaneSearchAttributes() {}

  /**
   * Registers every attribute in {@link #NAMES} that the namespace does not have yet, as Keyword.
   *
   * @return the names that were added (empty when all were present)
   */
  public static Set<String> registerMissing(OperatorServiceStubs operator, String namespace) {
    Set<String> present = existing(operator, namespace);
    Set<String> added = new LinkedHashSet<>();
    for (String name : NAMES) {
      if (!present.contains(name) && add(operator, namespace, name)) {
        added.add(name);
      }
    }
    return Collections.unmodifiableSet(added);
  }

  /**
   * The custom attributes the namespace has. The SDK's test server does not implement the listing;
   * there every attribute counts as missing and {@link #add} learns from {@code ALREADY_EXISTS}
   * which ones were present.
   */
  private static Set<String> existing(OperatorServiceStubs operator, String namespace) {
    try {
      return operator
          .blockingStub()
          .listSearchAttributes(
              ListSearchAttributesRequest.newBuilder().setNamespace(namespace).build())
          .getCustomAttributesMap()
          .keySet();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.UNIMPLEMENTED) {
        return Set.of();
      }
      throw e;
    }
  }

  /** Adds one attribute; one per request, so an existing one cannot stop the others. */
  private static boolean add(OperatorServiceStubs operator, String namespace, String name) {
    try {
      operator
          .blockingStub()
          .addSearchAttributes(
              AddSearchAttributesRequest.newBuilder()
                  .setNamespace(namespace)
                  .putSearchAttributes(name, IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD)
                  .build());
      return true;
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.ALREADY_EXISTS) {
        return false;
      }
      throw e;
    }
  }
}
