package org.baoflow.lane.rbac;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a set of RBAC objects grants one ServiceAccount: the roles its bindings name, each rule
 * taken apart into {@link RbacGrant}s and scoped as Kubernetes scopes them (a ClusterRole bound by
 * a ClusterRoleBinding holds everywhere; a Role, or a ClusterRole bound by a RoleBinding, holds in
 * the binding's namespace). Aggregated ClusterRoles and non-resource URLs are not modelled: the
 * manifests this reads use neither.
 */
public final class RbacRules {
  private final List<RbacGrant> grants;

  private RbacRules(List<RbacGrant> grants) {
    this.grants = List.copyOf(grants);
  }

  /**
   * What {@code objects} grant ServiceAccount {@code namespace/name}; other objects are ignored.
   */
  public static RbacRules forServiceAccount(
      List<? extends HasMetadata> objects, String namespace, String name) {
    List<RbacGrant> grants = new ArrayList<>();
    for (HasMetadata object : objects) {
      if (object instanceof ClusterRoleBinding binding
          && namesServiceAccount(binding.getSubjects(), namespace, name)) {
        clusterRole(objects, binding.getRoleRef())
            .ifPresent(
                role -> grants.addAll(grants("ClusterRole/" + name(role), role.getRules(), null)));
      } else if (object instanceof RoleBinding binding
          && namesServiceAccount(binding.getSubjects(), namespace, name)) {
        String scope = binding.getMetadata().getNamespace();
        RoleRef ref = binding.getRoleRef();
        if ("ClusterRole".equals(ref.getKind())) {
          clusterRole(objects, ref)
              .ifPresent(
                  role ->
                      grants.addAll(grants("ClusterRole/" + name(role), role.getRules(), scope)));
        } else {
          role(objects, ref, scope)
              .ifPresent(
                  role ->
                      grants.addAll(
                          grants("Role/" + scope + "/" + name(role), role.getRules(), scope)));
        }
      }
    }
    return new RbacRules(grants);
  }

  /** Every grant, in the order of the bindings and rules. */
  public List<RbacGrant> grants() {
    return grants;
  }

  /** The first grant that allows {@code request}, if any does. */
  public Optional<RbacGrant> allowing(RbacRequest request) {
    return grants.stream().filter(grant -> grant.allows(request)).findFirst();
  }

  private static boolean namesServiceAccount(
      List<Subject> subjects, String namespace, String name) {
    return subjects != null
        && subjects.stream()
            .anyMatch(
                subject ->
                    "ServiceAccount".equals(subject.getKind())
                        && name.equals(subject.getName())
                        && namespace.equals(subject.getNamespace()));
  }

  private static Optional<ClusterRole> clusterRole(
      List<? extends HasMetadata> objects, RoleRef ref) {
    if (!"ClusterRole".equals(ref.getKind())) {
      return Optional.empty();
    }
    return objects.stream()
        .filter(ClusterRole.class::isInstance)
        .map(ClusterRole.class::cast)
        .filter(role -> ref.getName().equals(name(role)))
        .findFirst();
  }

  private static Optional<Role> role(
      List<? extends HasMetadata> objects, RoleRef ref, String namespace) {
    return objects.stream()
        .filter(Role.class::isInstance)
        .map(Role.class::cast)
        .filter(role -> ref.getName().equals(name(role)))
        .filter(role -> Objects.equals(namespace, role.getMetadata().getNamespace()))
        .findFirst();
  }

  private static List<RbacGrant> grants(String role, List<PolicyRule> rules, String namespace) {
    List<RbacGrant> grants = new ArrayList<>();
    for (PolicyRule rule : rules == null ? List.<PolicyRule>of() : rules) {
      List<String> names = rule.getResourceNames() == null ? List.of() : rule.getResourceNames();
      for (String group : orEmpty(rule.getApiGroups())) {
        for (String resource : orEmpty(rule.getResources())) {
          for (String verb : orEmpty(rule.getVerbs())) {
            grants.add(new RbacGrant(role, verb, group, resource, names, namespace));
          }
        }
      }
    }
    return grants;
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }

  private static String name(HasMetadata object) {
    return object.getMetadata().getName();
  }
}
