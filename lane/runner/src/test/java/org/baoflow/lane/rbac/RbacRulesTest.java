package org.baoflow.lane.rbac;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class RbacRulesTest {
  private static final String NS = "system";
  private static final String ACCOUNT = "worker";

  @Test
  void aClusterRoleBoundClusterWideAllowsItsVerbsOnItsResourcesInEveryNamespace() {
    RbacRules rules =
        RbacRules.forServiceAccount(
            List.of(
                clusterRole("reader", rule("", "pods", List.of(), "get", "list")),
                clusterRoleBinding("reader", account(NS, ACCOUNT))),
            NS,
            ACCOUNT);

    assertThat(rules.allowing(request("get", "", "pods", null, "apps", "p"))).isPresent();
    assertThat(rules.allowing(request("list", "", "pods", null, null, null)))
        .as("a list across namespaces")
        .isPresent();
    assertThat(rules.allowing(request("delete", "", "pods", null, "apps", "p"))).isEmpty();
    assertThat(rules.allowing(request("get", "", "secrets", null, "apps", "s"))).isEmpty();
    assertThat(rules.allowing(request("get", "apps", "pods", null, "apps", "p")))
        .as("another API group")
        .isEmpty();
    assertThat(rules.grants())
        .extracting(RbacGrant::toString)
        .containsExactly("ClusterRole/reader: get pods", "ClusterRole/reader: list pods");
  }

  @Test
  void aSubresourceIsItsOwnResourceUnlessAWildcardCoversIt() {
    RbacRules rules =
        RbacRules.forServiceAccount(
            List.of(
                clusterRole(
                    "status",
                    rule("openbao.org", "openbaoclusters", List.of(), "update"),
                    rule("", "*/status", List.of(), "get"),
                    rule("apps", "*", List.of(), "patch")),
                clusterRoleBinding("status", account(NS, ACCOUNT))),
            NS,
            ACCOUNT);

    assertThat(rules.allowing(request("update", "openbao.org", "openbaoclusters", null, "a", "c")))
        .isPresent();
    assertThat(
            rules.allowing(request("update", "openbao.org", "openbaoclusters", "status", "a", "c")))
        .isEmpty();
    assertThat(rules.allowing(request("get", "", "pods", "status", "a", "p"))).isPresent();
    assertThat(rules.allowing(request("get", "", "pods", null, "a", "p"))).isEmpty();
    assertThat(rules.allowing(request("patch", "apps", "statefulsets", "scale", "a", "s")))
        .isPresent();
  }

  @Test
  void resourceNamesLimitARuleToNamedObjects() {
    RbacRules rules =
        RbacRules.forServiceAccount(
            List.of(
                clusterRole(
                    "token", rule("", "serviceaccounts/token", List.of("worker"), "create")),
                clusterRoleBinding("token", account(NS, ACCOUNT))),
            NS,
            ACCOUNT);

    assertThat(rules.allowing(request("create", "", "serviceaccounts", "token", NS, "worker")))
        .isPresent();
    assertThat(rules.allowing(request("create", "", "serviceaccounts", "token", NS, "other")))
        .isEmpty();
    assertThat(rules.allowing(request("create", "", "serviceaccounts", "token", NS, null)))
        .as("a request without a name")
        .isEmpty();
  }

  @Test
  void aRoleAndAClusterRoleBoundInANamespaceHoldOnlyThere() {
    RbacRules rules =
        RbacRules.forServiceAccount(
            List.of(
                role(NS, "lease", rule("coordination.k8s.io", "leases", List.of(), "get")),
                roleBinding(NS, "Role", "lease", account(NS, ACCOUNT)),
                clusterRole("events", rule("", "events", List.of(), "create")),
                roleBinding("apps", "ClusterRole", "events", account(NS, ACCOUNT))),
            NS,
            ACCOUNT);

    assertThat(rules.allowing(request("get", "coordination.k8s.io", "leases", null, NS, "l")))
        .get()
        .extracting(RbacGrant::role)
        .isEqualTo("Role/system/lease");
    assertThat(rules.allowing(request("get", "coordination.k8s.io", "leases", null, "apps", "l")))
        .isEmpty();
    assertThat(rules.allowing(request("get", "coordination.k8s.io", "leases", null, null, null)))
        .as("cluster-wide")
        .isEmpty();
    assertThat(rules.allowing(request("create", "", "events", null, "apps", null))).isPresent();
    assertThat(rules.allowing(request("create", "", "events", null, NS, null))).isEmpty();
  }

  @Test
  void rolesOfOtherSubjectsAndUnboundRolesGrantNothing() {
    RbacRules rules =
        RbacRules.forServiceAccount(
            List.of(
                clusterRole("all", rule("*", "*", List.of(), "*")),
                clusterRoleBinding("all", account(NS, "watcher")),
                clusterRoleBinding("all", account("elsewhere", ACCOUNT)),
                role(NS, "unbound", rule("", "pods", List.of(), "get")),
                roleBinding(NS, "Role", "missing", account(NS, ACCOUNT))),
            NS,
            ACCOUNT);

    assertThat(rules.grants()).isEmpty();
    assertThat(rules.allowing(request("get", "", "pods", null, NS, "p"))).isEmpty();
  }

  @Test
  void wildcardsMatchEveryVerbGroupAndResource() {
    RbacRules rules =
        RbacRules.forServiceAccount(
            List.of(
                clusterRole("all", rule("*", "*", List.of(), "*")),
                clusterRoleBinding("all", account(NS, ACCOUNT))),
            NS,
            ACCOUNT);

    assertThat(rules.allowing(request("deletecollection", "x.io", "things", "status", "a", null)))
        .isPresent();
  }

  private static RbacRequest request(
      String verb,
      String group,
      String resource,
      String subresource,
      String namespace,
      String name) {
    return new RbacRequest(verb, group, resource, subresource, namespace, name);
  }

  private static PolicyRule rule(
      String group, String resource, List<String> names, String... verbs) {
    return new PolicyRuleBuilder()
        .withApiGroups(group)
        .withResources(resource)
        .withResourceNames(names)
        .withVerbs(verbs)
        .build();
  }

  private static Subject account(String namespace, String name) {
    return new SubjectBuilder()
        .withKind("ServiceAccount")
        .withNamespace(namespace)
        .withName(name)
        .build();
  }

  private static HasMetadata clusterRole(String name, PolicyRule... rules) {
    return new ClusterRoleBuilder()
        .withNewMetadata()
        .withName(name)
        .endMetadata()
        .withRules(rules)
        .build();
  }

  private static HasMetadata role(String namespace, String name, PolicyRule... rules) {
    return new RoleBuilder()
        .withNewMetadata()
        .withNamespace(namespace)
        .withName(name)
        .endMetadata()
        .withRules(rules)
        .build();
  }

  private static HasMetadata clusterRoleBinding(String role, Subject subject) {
    return new ClusterRoleBindingBuilder()
        .withNewMetadata()
        .withName(role + "-" + subject.getNamespace() + "-" + subject.getName())
        .endMetadata()
        .withNewRoleRef()
        .withApiGroup("rbac.authorization.k8s.io")
        .withKind("ClusterRole")
        .withName(role)
        .endRoleRef()
        .withSubjects(subject)
        .build();
  }

  private static HasMetadata roleBinding(
      String namespace, String kind, String role, Subject subject) {
    return new RoleBindingBuilder()
        .withNewMetadata()
        .withNamespace(namespace)
        .withName(role)
        .endMetadata()
        .withNewRoleRef()
        .withApiGroup("rbac.authorization.k8s.io")
        .withKind(kind)
        .withName(role)
        .endRoleRef()
        .withSubjects(subject)
        .build();
  }
}
