package org.baoflow.activities.kube.apply;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.BackendTLSPolicy;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1alpha2.TLSRoute;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.util.List;
import org.baoflow.workflows.activities.ResourceActivities.Stage;

/**
 * The kinds each {@link Stage} applies and prunes. Secrets belong to no stage: generated material
 * is create-only and written by the Secret activities alone.
 */
final class StageKinds {
  private StageKinds() {}

  /** The kinds of {@code stage}, in the order the renderers emit them. */
  static List<Class<? extends HasMetadata>> of(Stage stage) {
    return switch (stage) {
      case IDENTITY -> List.of(ServiceAccount.class, Role.class, RoleBinding.class);
      case CONFIGURATION -> List.of(ConfigMap.class);
      case NETWORK ->
          List.of(
              Service.class,
              NetworkPolicy.class,
              PodDisruptionBudget.class,
              HTTPRoute.class,
              TLSRoute.class,
              BackendTLSPolicy.class,
              Ingress.class);
      case WORKLOAD -> List.of(StatefulSet.class);
    };
  }

  /** Whether {@code resource} is of one of {@code stage}'s kinds. */
  static boolean contains(Stage stage, HasMetadata resource) {
    return of(stage).contains(resource.getClass());
  }
}
