package org.baoflow.worker;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import io.temporal.serviceclient.OperatorServiceStubs;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Registers the custom search attributes a namespace lacks. Safe to repeat and to race with another
 * worker: an attribute someone else added in between counts as present.
 */
public final class SearchAttributeRegistration {
  private SearchAttributeRegistration() {}

  /**
   * Adds every attribute of {@code wanted} that {@code namespace} does not have.
   *
   * @return the names this call added; empty when all were present
   */
  public static Set<String> registerMissing(
      OperatorServiceStubs operator, String namespace, Map<String, IndexedValueType> wanted) {
    Set<String> present = existing(operator, namespace);
    Set<String> added = new LinkedHashSet<>();
    new TreeMap<>(wanted)
        .forEach(
            (name, type) -> {
              if (!present.contains(name) && add(operator, namespace, name, type)) {
                added.add(name);
              }
            });
    return Collections.unmodifiableSet(added);
  }

  /**
   * The namespace's custom attributes. The SDK's test server does not implement the listing; there
   * every attribute counts as missing and {@link #add} learns from {@code ALREADY_EXISTS}.
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

  /** One attribute per request, so one that exists cannot fail the others. */
  private static boolean add(
      OperatorServiceStubs operator, String namespace, String name, IndexedValueType type) {
    try {
      operator
          .blockingStub()
          .addSearchAttributes(
              AddSearchAttributesRequest.newBuilder()
                  .setNamespace(namespace)
                  .putSearchAttributes(name, type)
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
