package org.baoflow.workflows.activities;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.util.List;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;

/**
 * Validation of a cluster's spec with the {@code api} module's validator, run as a local activity
 * so that changing a rule never breaks the replay of a cluster workflow.
 */
@ActivityInterface
public interface ValidationActivities {

  /** Validates {@code request}; an invalid spec is a report, never an exception. */
  @ActivityMethod
  ValidationReport validate(ValidationRequest request);

  /**
   * What to validate.
   *
   * @param namespace the cluster's namespace (some rules depend on it)
   * @param name the cluster's name
   * @param spec the spec to validate
   * @param previousSpec the spec last acted on, for the rules on what may not change; {@code null}
   *     for a cluster that was never bootstrapped
   */
  record ValidationRequest(
      String namespace, String name, OpenBaoClusterSpec spec, OpenBaoClusterSpec previousSpec) {}

  /**
   * What the validator found.
   *
   * @param violations broken rules, each naming the field and the fix
   * @param unsupportedFields fields accepted but not implemented, for the {@code Supported}
   *     condition
   */
  record ValidationReport(List<FieldViolation> violations, List<String> unsupportedFields) {
    public ValidationReport {
      violations = List.copyOf(violations);
      unsupportedFields = List.copyOf(unsupportedFields);
    }

    /** Whether no rule is broken. */
    public boolean valid() {
      return violations.isEmpty();
    }
  }

  /**
   * One broken rule.
   *
   * @param field the offending field, such as {@code spec.tls.mode}
   * @param message what is wrong and how to fix it
   */
  record FieldViolation(String field, String message) {}
}
