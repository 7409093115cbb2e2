package org.baoflow.api.testing;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Map;
import org.baoflow.api.cel.CrdCelHarness;
import org.baoflow.api.cel.Crds;
import org.baoflow.api.cel.StructuralSchemaCheck;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.OpenBaoRestore;
import org.baoflow.api.validation.BaoFlowValidator;
import org.baoflow.api.validation.ValidationResult;

/** Runs a resource (or an update) through the CRD's CEL rules and through the Java validator. */
public final class BothValidators {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private BothValidators() {}

  /** Schema problems (types, required, patterns, unknown fields) of a resource. */
  public static List<String> schemaProblems(Map<String, Object> resource) {
    return StructuralSchemaCheck.check(Crds.forResource(resource).root(), resource);
  }

  /** Messages of the CEL rules the resource (or the update from {@code old}) breaks. */
  public static List<String> cel(Map<String, Object> old, Map<String, Object> resource) {
    CrdCelHarness harness = Crds.forResource(resource);
    return old == null ? harness.validate(resource) : harness.validateUpdate(old, resource);
  }

  /** The Java validator's result for the resource (or the update from {@code old}). */
  public static ValidationResult java(Map<String, Object> old, Map<String, Object> resource) {
    if ("OpenBaoRestore".equals(resource.get("kind"))) {
      OpenBaoRestore updated = SERIALIZATION.convertValue(resource, OpenBaoRestore.class);
      return old == null
          ? BaoFlowValidator.validate(updated)
          : BaoFlowValidator.validateUpdate(
              SERIALIZATION.convertValue(old, OpenBaoRestore.class), updated);
    }
    OpenBaoCluster updated = SERIALIZATION.convertValue(resource, OpenBaoCluster.class);
    return old == null
        ? BaoFlowValidator.validate(updated)
        : BaoFlowValidator.validateUpdate(
            SERIALIZATION.convertValue(old, OpenBaoCluster.class), updated);
  }

  /** Whether {@code resource} is one of BaoFlow's kinds. */
  public static boolean isBaoFlowResource(Map<String, Object> resource) {
    return "openbao.org/v1alpha1".equals(resource.get("apiVersion"));
  }
}
