package org.baoflow.api.validation;

import java.util.List;

/**
 * What {@link BaoFlowValidator} found in a resource.
 *
 * @param violations broken rules; a resource with any is refused before anything is touched
 * @param unsupportedFields paths of fields that are accepted for compatibility with the Go operator
 *     but that BaoFlow does not implement yet, for the {@code Supported} condition
 */
public record ValidationResult(List<Violation> violations, List<String> unsupportedFields) {
  /** Copies both lists. */
  public ValidationResult {
    violations = List.copyOf(violations);
    unsupportedFields = List.copyOf(unsupportedFields);
  }

  /** Whether no rule is broken (unsupported fields do not make a resource invalid). */
  public boolean valid() {
    return violations.isEmpty();
  }

  /** The messages of the violations, in order. */
  public List<String> messages() {
    return violations.stream().map(Violation::message).toList();
  }
}
