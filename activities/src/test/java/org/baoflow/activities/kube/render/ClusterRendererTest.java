package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Invariants across everything rendered for a cluster: the bootstrap files and the pod that reads
 * them come from two renderers, and must still fit together.
 */
class ClusterRendererTest {
  // Absolute paths in the entrypoint script and config.hcl that the pod must provide.
  private static final Pattern POD_PATH =
      Pattern.compile("(?<![\\w/])(/(?:etc/bao|bao)/[\\w./-]+)");

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void rendersTheSameBytesTwice(Scenario scenario) {
    assertThat(Golden.yaml(ClusterRenderer.render(scenario.renderInput())))
        .isEqualTo(Golden.yaml(ClusterRenderer.render(scenario.renderInput())));
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void everyConfigMapThePodMountsIsRendered(Scenario scenario) {
    List<HasMetadata> resources = ClusterRenderer.render(scenario.renderInput());

    Set<String> rendered = names(resources, ConfigMap.class);
    List<String> mounted =
        pod(resources).volumes().stream()
            .filter(volume -> volume.getConfigMap() != null)
            .map(volume -> volume.getConfigMap().getName())
            .toList();

    assertThat(mounted).isNotEmpty();
    assertThat(rendered).containsAll(mounted);
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void secretsThePodReadsAreRenderedHereOrCreatedByName(Scenario scenario) {
    ClusterRenderInput input = scenario.renderInput();
    List<HasMetadata> resources = ClusterRenderer.render(input);
    ResourceNames names = input.model().names();
    PodOptions options = PodOptions.from(input.model());
    // Created elsewhere: the certificate by the PKI activity, the demo password once at
    // bootstrap, the seal credentials by the user.
    Set<String> createdElsewhere = new HashSet<>(Set.of(names.serverTlsSecret()));
    Stream.of(options.demoPasswordSecret(), options.sealCredentialsSecret())
        .filter(Objects::nonNull)
        .forEach(createdElsewhere::add);

    Set<String> available = new HashSet<>(names(resources, Secret.class));
    available.addAll(createdElsewhere);

    assertThat(pod(resources).secrets()).isSubsetOf(available);
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void everyPathTheFilesReadIsMountedInThePod(Scenario scenario) {
    ClusterRenderInput input = scenario.renderInput();
    List<HasMetadata> resources = ClusterRenderer.render(input);
    BootstrapFiles files =
        BootstrapFiles.render(
            input.model(), input.platform(), input.revision(), input.bootstrapping());
    List<String> mountPaths =
        pod(resources).container().getVolumeMounts().stream()
            .map(VolumeMount::getMountPath)
            .toList();

    List<String> paths = new ArrayList<>();
    paths.addAll(podPaths(files.entrypoint()));
    paths.addAll(podPaths(files.configTemplate()));
    files.selfInit().ifPresent(text -> paths.addAll(podPaths(text)));
    if (files.selfInit().isEmpty()) {
      // The entrypoint appends the self-init stanzas only if the file exists: without self-init,
      // or in a joining revision, it must not.
      assertThat(mountPaths).doesNotContain(PodLayout.SELF_INIT_DIR);
      paths.removeIf(path -> path.startsWith(PodLayout.SELF_INIT_DIR + "/"));
    }

    assertThat(paths).isNotEmpty();
    assertThat(paths)
        .allSatisfy(
            path ->
                assertThat(mountPaths)
                    .as("mount holding %s", path)
                    .anySatisfy(
                        mount ->
                            assertThat(path.equals(mount) || path.startsWith(mount + "/"))
                                .isTrue()));
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void thePodTemplateCarriesTheHashOfTheRenderedFiles(Scenario scenario) {
    ClusterRenderInput input = scenario.renderInput();
    String hash =
        BootstrapFiles.render(
                input.model(), input.platform(), input.revision(), input.bootstrapping())
            .configHash();

    assertThat(
            pod(ClusterRenderer.render(input))
                .statefulSet()
                .getSpec()
                .getTemplate()
                .getMetadata()
                .getAnnotations())
        .containsEntry(Labels.CONFIG_HASH, hash);
  }

  @Test
  void afterBootstrapTheSelfInitConfigMapIsNeitherRenderedNorMounted() {
    ClusterRenderInput bootstrap = Scenario.DEV_LANE.renderInput();
    ClusterRenderInput initialized =
        new ClusterRenderInput(
            bootstrap.model(),
            bootstrap.platform(),
            bootstrap.revision(),
            false,
            3,
            bootstrap.certificateHash(),
            bootstrap.unsealKey(),
            bootstrap.caCertificatePem(),
            bootstrap.activeRevision());
    String selfInit = bootstrap.model().names().selfInitConfigMap();

    assertThat(names(ClusterRenderer.render(bootstrap), ConfigMap.class)).contains(selfInit);
    List<HasMetadata> resources = ClusterRenderer.render(initialized);
    assertThat(names(resources, ConfigMap.class)).doesNotContain(selfInit);
    assertThat(pod(resources).volumes())
        .noneMatch(v -> v.getConfigMap() != null && selfInit.equals(v.getConfigMap().getName()));
    assertThat(pod(resources).container().getVolumeMounts())
        .extracting(VolumeMount::getMountPath)
        .doesNotContain(PodLayout.SELF_INIT_DIR);
  }

  private static List<String> podPaths(String text) {
    List<String> paths = new ArrayList<>();
    Matcher matcher = POD_PATH.matcher(text);
    while (matcher.find()) {
      paths.add(matcher.group(1));
    }
    return paths;
  }

  private static Set<String> names(List<HasMetadata> resources, Class<?> kind) {
    Set<String> names = new HashSet<>();
    resources.stream()
        .filter(kind::isInstance)
        .forEach(resource -> names.add(resource.getMetadata().getName()));
    return names;
  }

  private static Pod pod(List<HasMetadata> resources) {
    return new Pod(
        resources.stream()
            .filter(StatefulSet.class::isInstance)
            .map(StatefulSet.class::cast)
            .findFirst()
            .orElseThrow());
  }

  /** The pod template of the rendered StatefulSet. */
  private record Pod(StatefulSet statefulSet) {
    List<Volume> volumes() {
      return statefulSet.getSpec().getTemplate().getSpec().getVolumes();
    }

    Container container() {
      return statefulSet.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    Set<String> secrets() {
      Set<String> secrets = new HashSet<>();
      volumes().stream()
          .filter(volume -> volume.getSecret() != null)
          .forEach(volume -> secrets.add(volume.getSecret().getSecretName()));
      for (EnvVar env : container().getEnv()) {
        if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
          secrets.add(env.getValueFrom().getSecretKeyRef().getName());
        }
      }
      for (EnvFromSource source : container().getEnvFrom()) {
        if (source.getSecretRef() != null) {
          secrets.add(source.getSecretRef().getName());
        }
      }
      return secrets;
    }
  }
}
