package org.baoflow.api.validation;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.List;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.OpenBaoRestore;
import org.baoflow.api.v1alpha1.OpenBaoRestoreSpec;

/**
 * The one validator of BaoFlow's resources, which the workflows run before they touch anything. It
 * applies {@link SpecDefaults} to a copy of the spec (as an API server would have), then checks the
 * CRD's structure and every CEL rule with the same messages, and adds what the CRD cannot say (see
 * {@link FormatRules}). It also lists fields that are accepted but not implemented yet.
 */
public final class BaoFlowValidator {
  private BaoFlowValidator() {}

  /** Validates a new or current cluster. */
  public static ValidationResult validate(OpenBaoCluster cluster) {
    OpenBaoClusterSpec spec = defaulted(cluster.getSpec());
    List<Violation> out = new ArrayList<>();
    if (spec == null) {
      return new ValidationResult(
          List.of(new Violation("spec", Messages.SPEC_REQUIRED)), List.of());
    }
    SchemaRules.check(spec, "spec", out);
    TlsRules.check(spec, out);
    HardenedRules.check(spec, out);
    ClusterShapeRules.check(spec, out);
    SealRules.check(spec.getUnseal(), out);
    SelfInitRules.check(spec.getSelfInit(), out);
    OperationRules.check(spec, out);
    FormatRules.checkVersion(spec.getVersion(), out);
    FormatRules.check(spec, namespaceOf(cluster), out);
    return new ValidationResult(out, UnsupportedFields.of(spec));
  }

  /** Validates an update of a cluster: the new cluster, and what may not change. */
  public static ValidationResult validateUpdate(OpenBaoCluster old, OpenBaoCluster updated) {
    ValidationResult result = validate(updated);
    OpenBaoClusterSpec oldSpec = defaulted(old.getSpec());
    OpenBaoClusterSpec newSpec = defaulted(updated.getSpec());
    if (oldSpec == null || newSpec == null) {
      return result;
    }
    List<Violation> out = new ArrayList<>(result.violations());
    TransitionRules.check(oldSpec, newSpec, out);
    return new ValidationResult(out, result.unsupportedFields());
  }

  /** Validates a new restore request. */
  public static ValidationResult validate(OpenBaoRestore restore) {
    OpenBaoRestoreSpec spec = defaulted(restore.getSpec());
    if (spec == null) {
      return new ValidationResult(
          List.of(new Violation("spec", Messages.SPEC_REQUIRED)), List.of());
    }
    List<Violation> out = new ArrayList<>();
    SchemaRules.check(spec, "spec", out);
    RestoreRules.check(spec, out);
    FormatRules.check(spec, namespaceOf(restore), out);
    return new ValidationResult(out, UnsupportedFields.of(spec));
  }

  /** Validates an update of a restore request, whose spec is immutable. */
  public static ValidationResult validateUpdate(OpenBaoRestore old, OpenBaoRestore updated) {
    ValidationResult result = validate(updated);
    OpenBaoRestoreSpec oldSpec = defaulted(old.getSpec());
    OpenBaoRestoreSpec newSpec = defaulted(updated.getSpec());
    if (oldSpec == null || newSpec == null) {
      return result;
    }
    List<Violation> out = new ArrayList<>(result.violations());
    TransitionRules.check(oldSpec, newSpec, out);
    return new ValidationResult(out, result.unsupportedFields());
  }

  private static String namespaceOf(HasMetadata resource) {
    return resource.getMetadata() == null ? null : resource.getMetadata().getNamespace();
  }

  private static <T> T defaulted(T spec) {
    return spec == null ? null : SpecDefaults.apply(Serialization.clone(spec));
  }
}
