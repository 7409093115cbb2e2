package org.baoflow.activities.validation;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.validation.BaoFlowValidator;
import org.baoflow.api.validation.ValidationResult;
import org.baoflow.workflows.activities.ValidationActivities;

/**
 * Runs the {@code api} module's {@link BaoFlowValidator} on a cluster's spec: the update rules too
 * when the workflow has a spec it acted on before.
 */
public final class ValidationActivitiesImpl implements ValidationActivities {

  @Override
  public ValidationReport validate(ValidationRequest request) {
    OpenBaoCluster updated = cluster(request, request.spec());
    ValidationResult result =
        request.previousSpec() == null
            ? BaoFlowValidator.validate(updated)
            : BaoFlowValidator.validateUpdate(cluster(request, request.previousSpec()), updated);
    return new ValidationReport(
        result.violations().stream().map(v -> new FieldViolation(v.field(), v.message())).toList(),
        result.unsupportedFields());
  }

  private static OpenBaoCluster cluster(ValidationRequest request, OpenBaoClusterSpec spec) {
    OpenBaoCluster cluster = new OpenBaoCluster();
    cluster.setMetadata(
        new ObjectMetaBuilder()
            .withNamespace(request.namespace())
            .withName(request.name())
            .build());
    cluster.setSpec(spec);
    return cluster;
  }
}
