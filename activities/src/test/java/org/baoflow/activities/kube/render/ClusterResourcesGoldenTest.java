package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClusterResourcesGoldenTest {
  private static final Set<Class<?>> IDENTITY =
      Set.of(ServiceAccount.class, Role.class, RoleBinding.class);
  private static final Set<Class<?>> WORKLOAD =
      Set.of(StatefulSet.class, PodDisruptionBudget.class);

  @ParameterizedTest
  @EnumSource(value = Scenario.class, mode = EnumSource.Mode.EXCLUDE, names = "BLUEGREEN_GREEN")
  void rendersTheGoldenFiles(Scenario scenario) {
    List<HasMetadata> resources = ClusterResourcesRenderer.render(scenario.input());

    Golden.assertMatches(
        scenario.folder + "/identity.yaml", Golden.yaml(select(resources, IDENTITY, true)));
    Golden.assertMatches(
        scenario.folder + "/workload.yaml", Golden.yaml(select(resources, WORKLOAD, true)));
    Golden.assertMatches(
        scenario.folder + "/networking.yaml",
        Golden.yaml(select(select(resources, IDENTITY, false), WORKLOAD, false)));
  }

  /** The green revision's StatefulSet; everything else of the cluster is the dev lane's. */
  @Test
  void rendersTheGreenRevisionsStatefulSet() {
    StatefulSet green = StatefulSetRenderer.render(Scenario.BLUEGREEN_GREEN.input().workload());

    Golden.assertMatches("bluegreen-green/workload.yaml", Golden.yaml(List.of(green)));
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void identicalInputRendersIdenticalBytes(Scenario scenario) {
    String first = Golden.yaml(ClusterResourcesRenderer.render(scenario.input()));
    String second = Golden.yaml(ClusterResourcesRenderer.render(scenario.input()));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void userAnnotationsRenderInTheSameOrderWhateverOrderTheyCameIn() {
    ClusterResourcesInput input = Scenario.HARDENED_TRANSIT.input();
    String rendered = Golden.yaml(ClusterResourcesRenderer.render(input));
    List<Map.Entry<String, String>> entries =
        new ArrayList<>(input.model().spec().getService().getAnnotations().entrySet());
    Collections.reverse(entries);
    Map<String, String> reversed = new LinkedHashMap<>();
    entries.forEach(entry -> reversed.put(entry.getKey(), entry.getValue()));
    input.model().spec().getService().setAnnotations(reversed);

    assertThat(Golden.yaml(ClusterResourcesRenderer.render(input))).isEqualTo(rendered);
  }

  @Test
  void rendersInApplyOrder() {
    assertThat(kinds(ClusterResourcesRenderer.render(Scenario.HARDENED_TRANSIT.input())))
        .containsExactly(
            "ServiceAccount",
            "Role",
            "RoleBinding",
            "Service",
            "Service",
            "NetworkPolicy",
            "StatefulSet",
            "PodDisruptionBudget",
            "Ingress");
    assertThat(kinds(ClusterResourcesRenderer.render(Scenario.GATEWAY_TERMINATING.input())))
        .containsSubsequence("NetworkPolicy", "StatefulSet", "HTTPRoute", "BackendTLSPolicy")
        .endsWith("HTTPRoute", "BackendTLSPolicy");
  }

  private static List<String> kinds(List<HasMetadata> resources) {
    return resources.stream().map(HasMetadata::getKind).toList();
  }

  private static List<HasMetadata> select(
      List<HasMetadata> resources, Set<Class<?>> kinds, boolean keep) {
    return resources.stream().filter(r -> kinds.contains(r.getClass()) == keep).toList();
  }
}
