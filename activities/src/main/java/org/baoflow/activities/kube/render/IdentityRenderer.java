package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import java.util.List;

/**
 * The identity of the OpenBao pods: ServiceAccount {@code <cluster>-serviceaccount} and Role and
 * RoleBinding {@code <cluster>-role} with what OpenBao itself calls in the Kubernetes API.
 */
public final class IdentityRenderer {
  /**
   * Verbs on pods in the cluster's namespace:
   *
   * <ul>
   *   <li>{@code get}: service registration reads its own pod when it starts;
   *   <li>{@code patch}: service registration keeps the {@code openbao-active}, {@code
   *       openbao-sealed}, {@code openbao-initialized} and {@code openbao-version} labels of its
   *       own pod current with JSON patches;
   *   <li>{@code update}: not called by today's client, but part of the Role that OpenBao documents
   *       for service registration, so a client that switches to updates keeps working;
   *   <li>{@code list}: raft's {@code retry_join} with {@code auto_join "provider=k8s"} lists the
   *       pods that match its label selector to find its peers.
   * </ul>
   *
   * <p>No {@code watch}: neither caller watches; both poll. The JWT auth needs no rule here to read
   * the service-account issuer's keys: Kubernetes grants the issuer discovery endpoints to every
   * ServiceAccount by default.
   */
  static final List<String> POD_VERBS = List.of("get", "list", "update", "patch");

  private IdentityRenderer() {}

  /** ServiceAccount, Role and RoleBinding, in apply order. */
  public static List<HasMetadata> render(ClusterModel model) {
    return List.of(serviceAccount(model), role(model), roleBinding(model));
  }

  static ServiceAccount serviceAccount(ClusterModel model) {
    return new ServiceAccountBuilder()
        .withMetadata(OwnedMetadata.of(model, model.names().serviceAccount()))
        .build();
  }

  static Role role(ClusterModel model) {
    return new RoleBuilder()
        .withMetadata(OwnedMetadata.of(model, model.names().role()))
        .withRules(
            new PolicyRuleBuilder()
                .withApiGroups("")
                .withResources("pods")
                .withVerbs(POD_VERBS)
                .build())
        .build();
  }

  static RoleBinding roleBinding(ClusterModel model) {
    return new RoleBindingBuilder()
        .withMetadata(OwnedMetadata.of(model, model.names().role()))
        .withNewRoleRef()
        .withApiGroup("rbac.authorization.k8s.io")
        .withKind("Role")
        .withName(model.names().role())
        .endRoleRef()
        .addNewSubject()
        .withKind("ServiceAccount")
        .withName(model.names().serviceAccount())
        .withNamespace(model.names().namespace())
        .endSubject()
        .build();
  }
}
