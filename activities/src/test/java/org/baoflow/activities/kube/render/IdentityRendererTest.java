package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityRendererTest {

  @Test
  void rendersServiceAccountRoleAndBindingInApplyOrder() {
    List<HasMetadata> identity = IdentityRenderer.render(Scenario.DEV_LANE.model());

    assertThat(identity)
        .extracting(HasMetadata::getKind, r -> r.getMetadata().getName())
        .containsExactly(
            tuple("ServiceAccount", "dev-serviceaccount"),
            tuple("Role", "dev-role"),
            tuple("RoleBinding", "dev-role"));
  }

  @Test
  void roleGrantsOnlyWhatServiceRegistrationAndRaftDiscoveryUseOnPods() {
    Role role = IdentityRenderer.role(Scenario.DEV_LANE.model());

    assertThat(role.getRules()).singleElement().satisfies(this::isPodAccessWithoutWatch);
  }

  @Test
  void bindingGivesTheRoleToThePodsServiceAccount() {
    RoleBinding binding = IdentityRenderer.roleBinding(Scenario.HARDENED_TRANSIT.model());

    assertThat(binding.getRoleRef().getKind()).isEqualTo("Role");
    assertThat(binding.getRoleRef().getName()).isEqualTo("prod-role");
    assertThat(binding.getRoleRef().getApiGroup()).isEqualTo("rbac.authorization.k8s.io");
    assertThat(binding.getSubjects())
        .singleElement()
        .satisfies(
            subject -> {
              assertThat(subject.getKind()).isEqualTo("ServiceAccount");
              assertThat(subject.getName()).isEqualTo("prod-serviceaccount");
              assertThat(subject.getNamespace()).isEqualTo("secrets");
            });
  }

  private void isPodAccessWithoutWatch(PolicyRule rule) {
    assertThat(rule.getApiGroups()).containsExactly("");
    assertThat(rule.getResources()).containsExactly("pods");
    assertThat(rule.getVerbs()).containsExactly("get", "list", "update", "patch");
  }
}
