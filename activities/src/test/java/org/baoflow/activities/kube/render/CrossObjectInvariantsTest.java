package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Invariants that hold between the rendered objects of every scenario. */
class CrossObjectInvariantsTest {
  private static final Map<String, String> MOUNT_PATHS =
      Map.of(
          PodLayout.CONFIG_TEMPLATE_VOLUME, PodLayout.CONFIG_TEMPLATE_DIR,
          PodLayout.ENTRYPOINT_VOLUME, PodLayout.ENTRYPOINT_DIR,
          PodLayout.SELF_INIT_VOLUME, PodLayout.SELF_INIT_DIR,
          PodLayout.TLS_VOLUME, PodLayout.TLS_DIR,
          PodLayout.UNSEAL_VOLUME, PodLayout.UNSEAL_DIR,
          PodLayout.SEAL_CREDS_VOLUME, PodLayout.SEAL_CREDS_DIR,
          PodLayout.CONFIG_VOLUME, PodLayout.CONFIG_DIR,
          PodLayout.TMP_VOLUME, PodLayout.TMP_DIR,
          PodLayout.DATA_VOLUME, PodLayout.DATA_DIR);

  private static final Map<String, List<String>> VOLUME_KEYS =
      Map.of(
          PodLayout.CONFIG_TEMPLATE_VOLUME, List.of(PodLayout.CONFIG_TEMPLATE_KEY),
          PodLayout.ENTRYPOINT_VOLUME, List.of(PodLayout.ENTRYPOINT_KEY),
          PodLayout.SELF_INIT_VOLUME, List.of(PodLayout.SELF_INIT_KEY),
          PodLayout.TLS_VOLUME,
              List.of(PodLayout.TLS_CERT_KEY, PodLayout.TLS_KEY_KEY, PodLayout.TLS_CA_KEY),
          PodLayout.UNSEAL_VOLUME, List.of(PodLayout.UNSEAL_KEY));

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void everySelectorSelectsThePodTemplate(Scenario scenario) {
    ClusterResourcesInput input = scenario.input();
    List<HasMetadata> resources = ClusterResourcesRenderer.render(input);
    StatefulSet statefulSet = only(resources, StatefulSet.class);
    Map<String, String> podLabels = statefulSet.getSpec().getTemplate().getMetadata().getLabels();

    assertThat(podLabels)
        .containsAllEntriesOf(statefulSet.getSpec().getSelector().getMatchLabels())
        .containsAllEntriesOf(
            only(resources, NetworkPolicy.class).getSpec().getPodSelector().getMatchLabels());
    for (Service service : all(resources, Service.class)) {
      boolean otherRevision =
          input.activeRevision() != null
              && !input.activeRevision().equals(input.workload().revision());
      if (service.getMetadata().getName().equals(input.model().names().publicService())
          && otherRevision) {
        assertThat(selects(service.getSpec().getSelector(), podLabels)).isFalse();
      } else {
        assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
      }
    }
    for (PodDisruptionBudget budget : all(resources, PodDisruptionBudget.class)) {
      assertThat(podLabels).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
    }
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void thePodReferencesOnlyTheClustersSecretsAndConfigMapsOrTheOnesTheSpecNames(Scenario scenario) {
    ClusterResourcesInput input = scenario.input();
    ResourceNames names = input.model().names();
    PodSpec pod = StatefulSetRenderer.render(input.workload()).getSpec().getTemplate().getSpec();
    Set<String> configMaps =
        Set.of(
            names.configConfigMap(input.workload().revision()),
            names.entrypointConfigMap(),
            names.selfInitConfigMap());
    Set<String> secrets = new HashSet<>();
    secrets.addAll(
        List.of(names.serverTlsSecret(), names.unsealKeySecret(), names.demoLoginSecret()));
    secrets.addAll(secretsNamedBy(input.model().spec()));

    assertThat(referencedConfigMaps(pod)).isNotEmpty().isSubsetOf(configMaps);
    assertThat(referencedSecrets(pod)).isSubsetOf(secrets);
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void volumesAndMountsFollowThePodLayout(Scenario scenario) {
    StatefulSet statefulSet = StatefulSetRenderer.render(scenario.input().workload());
    PodSpec pod = statefulSet.getSpec().getTemplate().getSpec();
    List<String> volumes = new ArrayList<>(pod.getVolumes().stream().map(Volume::getName).toList());
    statefulSet.getSpec().getVolumeClaimTemplates().stream()
        .map(PersistentVolumeClaim::getMetadata)
        .forEach(claim -> volumes.add(claim.getName()));
    List<VolumeMount> mounts = pod.getContainers().get(0).getVolumeMounts();

    assertThat(mounts)
        .extracting(VolumeMount::getName)
        .containsExactlyInAnyOrderElementsOf(volumes);
    assertThat(mounts)
        .allSatisfy(
            mount -> assertThat(mount.getMountPath()).isEqualTo(MOUNT_PATHS.get(mount.getName())));
    for (Volume volume : pod.getVolumes()) {
      List<KeyToPath> projected =
          volume.getConfigMap() != null
              ? volume.getConfigMap().getItems()
              : volume.getSecret() != null ? volume.getSecret().getItems() : null;
      // A volume without items projects every key (the user's seal credentials).
      List<KeyToPath> items = projected == null ? List.of() : projected;
      assertThat(items)
          .as("keys of volume %s", volume.getName())
          .extracting(KeyToPath::getKey)
          .containsExactlyElementsOf(VOLUME_KEYS.getOrDefault(volume.getName(), List.of()));
      assertThat(items).allSatisfy(item -> assertThat(item.getPath()).isEqualTo(item.getKey()));
    }
    assertThat(pod.getContainers().get(0).getCommand())
        .endsWith(PodLayout.ENTRYPOINT_DIR + "/" + PodLayout.ENTRYPOINT_KEY);
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void everyObjectIsOwnedByTheClusterAndCarriesItsCommonLabels(Scenario scenario) {
    ClusterResourcesInput input = scenario.input();
    ClusterModel model = input.model();

    assertThat(ClusterResourcesRenderer.render(input))
        .isNotEmpty()
        .allSatisfy(
            resource -> {
              assertThat(resource.getMetadata().getNamespace())
                  .isEqualTo(model.names().namespace());
              assertThat(resource.getMetadata().getOwnerReferences())
                  .containsExactly(model.owner().toOwnerReference());
              assertThat(resource.getMetadata().getLabels())
                  .containsAllEntriesOf(Labels.common(model.names().cluster()));
            });
  }

  @Test
  void thePublicServiceFollowsTheActiveRevision() {
    ClusterModel model = Scenario.GATEWAY_PASSTHROUGH.model();
    Map<String, String> blue = podLabels(StatefulSetInput.of(model, "r1", 3, "h", "c", true));
    Map<String, String> green = podLabels(StatefulSetInput.of(model, "r2", 3, "h", "c", false));

    Map<String, String> beforeCutover =
        ServicesRenderer.publicService(model, "r1").orElseThrow().getSpec().getSelector();
    Map<String, String> afterCutover =
        ServicesRenderer.publicService(model, "r2").orElseThrow().getSpec().getSelector();
    Map<String, String> headless = ServicesRenderer.headless(model).getSpec().getSelector();

    assertThat(selects(beforeCutover, blue)).isTrue();
    assertThat(selects(beforeCutover, green)).isFalse();
    assertThat(selects(afterCutover, green)).isTrue();
    assertThat(selects(afterCutover, blue)).isFalse();
    assertThat(selects(headless, blue) && selects(headless, green)).isTrue();
  }

  @Test
  void aGreenRevisionHasItsOwnNameLabelsAndConfigAndNoSelfInit() {
    StatefulSet blue = StatefulSetRenderer.render(Scenario.DEV_LANE.input().workload());
    StatefulSet green = StatefulSetRenderer.render(Scenario.BLUEGREEN_GREEN.input().workload());

    assertThat(green.getMetadata().getName()).isEqualTo("dev-r2");
    assertThat(green.getSpec().getTemplate().getMetadata().getLabels())
        .containsEntry(Labels.REVISION, "r2");
    assertThat(volume(green, PodLayout.CONFIG_TEMPLATE_VOLUME).getConfigMap().getName())
        .isEqualTo("dev-config-r2");
    assertThat(green.getSpec().getTemplate().getSpec().getVolumes())
        .extracting(Volume::getName)
        .doesNotContain(PodLayout.SELF_INIT_VOLUME);
    // Two StatefulSets whose selectors overlap would both claim the same pods.
    assertThat(
            selects(
                green.getSpec().getSelector().getMatchLabels(),
                blue.getSpec().getTemplate().getMetadata().getLabels()))
        .isFalse();
    assertThat(
            selects(
                blue.getSpec().getSelector().getMatchLabels(),
                green.getSpec().getTemplate().getMetadata().getLabels()))
        .isFalse();
  }

  private static Set<String> secretsNamedBy(OpenBaoClusterSpec spec) {
    Set<String> named = new HashSet<>();
    if (spec.getUnseal() != null && spec.getUnseal().getCredentialsSecretRef() != null) {
      named.add(spec.getUnseal().getCredentialsSecretRef().getName());
    }
    if (spec.getDemoLogin() != null && spec.getDemoLogin().getPasswordSecretRef() != null) {
      named.add(spec.getDemoLogin().getPasswordSecretRef().getName());
    }
    return named;
  }

  private static Set<String> referencedConfigMaps(PodSpec pod) {
    Set<String> names = new HashSet<>();
    pod.getVolumes().stream()
        .filter(volume -> volume.getConfigMap() != null)
        .forEach(volume -> names.add(volume.getConfigMap().getName()));
    envVars(pod)
        .filter(
            env -> env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null)
        .forEach(env -> names.add(env.getValueFrom().getConfigMapKeyRef().getName()));
    envFrom(pod)
        .filter(from -> from.getConfigMapRef() != null)
        .forEach(from -> names.add(from.getConfigMapRef().getName()));
    return names;
  }

  private static Set<String> referencedSecrets(PodSpec pod) {
    Set<String> names = new HashSet<>();
    pod.getVolumes().stream()
        .filter(volume -> volume.getSecret() != null)
        .forEach(volume -> names.add(volume.getSecret().getSecretName()));
    envVars(pod)
        .filter(env -> env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null)
        .forEach(env -> names.add(env.getValueFrom().getSecretKeyRef().getName()));
    envFrom(pod)
        .filter(from -> from.getSecretRef() != null)
        .forEach(from -> names.add(from.getSecretRef().getName()));
    return names;
  }

  private static Stream<EnvVar> envVars(PodSpec pod) {
    return pod.getContainers().stream().map(Container::getEnv).flatMap(List::stream);
  }

  private static Stream<EnvFromSource> envFrom(PodSpec pod) {
    return pod.getContainers().stream().map(Container::getEnvFrom).flatMap(List::stream);
  }

  private static Map<String, String> podLabels(StatefulSetInput input) {
    return StatefulSetRenderer.render(input).getSpec().getTemplate().getMetadata().getLabels();
  }

  private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
    return labels.entrySet().containsAll(selector.entrySet());
  }

  private static Volume volume(StatefulSet statefulSet, String name) {
    return statefulSet.getSpec().getTemplate().getSpec().getVolumes().stream()
        .filter(volume -> volume.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static <T> List<T> all(List<HasMetadata> resources, Class<T> type) {
    return resources.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static <T> T only(List<HasMetadata> resources, Class<T> type) {
    List<T> matching = all(resources, type);
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }
}
