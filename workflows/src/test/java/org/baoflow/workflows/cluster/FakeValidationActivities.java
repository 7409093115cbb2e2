package org.baoflow.workflows.cluster;

import java.util.List;
import org.baoflow.workflows.activities.ValidationActivities;

/** The validator's rule for tests: an even {@code spec.replicas} is invalid. */
final class FakeValidationActivities implements ValidationActivities {
  static final String REPLICAS_MESSAGE = "must be odd for a raft quorum, got ";

  @Override
  public ValidationReport validate(ValidationRequest request) {
    Integer replicas = request.spec().getReplicas();
    if (replicas != null && replicas % 2 == 0) {
      return new ValidationReport(
          List.of(new FieldViolation("spec.replicas", REPLICAS_MESSAGE + replicas)), List.of());
    }
    return new ValidationReport(List.of(), List.of());
  }
}
