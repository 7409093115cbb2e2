package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.List;
import org.baoflow.api.v1alpha1.SecretRef;
import org.junit.jupiter.api.Test;

class StatefulSetRendererTest {

  @Test
  void probesUseHttpsOnTheApiPortWithExplicitHealthCodes() {
    Container container = container(render(Scenario.DEV_LANE.input().workload()));

    assertThat(List.of(container.getReadinessProbe(), container.getLivenessProbe()))
        .allSatisfy(
            probe -> {
              assertThat(probe.getHttpGet().getScheme()).isEqualTo("HTTPS");
              assertThat(probe.getHttpGet().getPort().getIntVal()).isEqualTo(8200);
              assertThat(probe.getHttpGet().getPath())
                  .startsWith("/v1/sys/health?")
                  .contains("standbyok=true");
            });
    assertThat(container.getReadinessProbe().getHttpGet().getPath())
        .contains("sealedcode=503", "uninitcode=501");
    assertThat(container.getLivenessProbe().getHttpGet().getPath())
        .contains("sealedcode=204", "uninitcode=204");
    Probe startup = container.getStartupProbe();
    assertThat(startup.getHttpGet().getScheme()).isEqualTo("HTTPS");
    assertThat(startup.getHttpGet().getPath()).isEqualTo(HealthProbes.LIVENESS_PATH);
    assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold())
        .as("seconds the startup probe waits")
        .isGreaterThanOrEqualTo(300);
  }

  @Test
  void runsTheStockImageThroughTheEntrypointAsTheOpenbaoUserWithNothingWritableButVolumes() {
    StatefulSet statefulSet = render(Scenario.DEV_LANE.input().workload());
    PodSpec pod = statefulSet.getSpec().getTemplate().getSpec();
    Container container = container(statefulSet);

    assertThat(container.getImage()).isEqualTo("quay.io/openbao/openbao:2.4.4");
    assertThat(container.getCommand())
        .containsExactly("/bin/sh", "/etc/bao/entrypoint/entrypoint.sh");
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(100L);
    assertThat(pod.getSecurityContext().getRunAsGroup()).isEqualTo(1000L);
    assertThat(pod.getSecurityContext().getFsGroup()).isEqualTo(1000L);
    assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
    assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
    assertThat(pod.getServiceAccountName()).isEqualTo("dev-serviceaccount");
    assertThat(pod.getAutomountServiceAccountToken()).isTrue();
  }

  @Test
  void workflowsChooseTheRestartOrderAndPodsStartOneByOne() {
    StatefulSet statefulSet = render(Scenario.HARDENED_TRANSIT.input().workload());

    assertThat(statefulSet.getSpec().getUpdateStrategy().getType()).isEqualTo("OnDelete");
    assertThat(statefulSet.getSpec().getPodManagementPolicy()).isEqualTo("OrderedReady");
    assertThat(statefulSet.getSpec().getServiceName()).isEqualTo("prod");
    assertThat(statefulSet.getSpec().getReplicas()).isEqualTo(3);
  }

  @Test
  void rendersTheReplicasItIsGivenNotTheSpecs() {
    ClusterModel model = Scenario.DEV_LANE.model();

    StatefulSet bootstrap = render(StatefulSetInput.of(model, "r1", 1, "h", "c", true));

    assertThat(model.spec().getReplicas()).isEqualTo(3);
    assertThat(bootstrap.getSpec().getReplicas()).isEqualTo(1);
  }

  @Test
  void podTemplateCarriesTheConfigAndCertificateHashes() {
    StatefulSet statefulSet =
        render(StatefulSetInput.of(Scenario.DEV_LANE.model(), "r1", 1, "config-1", "cert-1", true));

    assertThat(statefulSet.getSpec().getTemplate().getMetadata().getAnnotations())
        .containsExactly(
            entry("openbao.org/config-hash", "config-1"),
            entry("openbao.org/tls-cert-hash", "cert-1"));
  }

  @Test
  void acmeModeMountsNoCertificateAndCarriesNoCertificateHash() {
    StatefulSet statefulSet = render(Scenario.ACME.input().workload());

    assertThat(volumeNames(statefulSet)).doesNotContain(PodLayout.TLS_VOLUME);
    assertThat(statefulSet.getSpec().getTemplate().getMetadata().getAnnotations())
        .containsOnlyKeys(Labels.CONFIG_HASH);
  }

  @Test
  void staticSealMountsItsKeyOwnerReadOnlyAndOtherSealsDoNot() {
    Volume unseal = volume(render(Scenario.DEV_LANE.input().workload()), PodLayout.UNSEAL_VOLUME);

    assertThat(unseal.getSecret().getSecretName()).isEqualTo("dev-unseal-key");
    assertThat(unseal.getSecret().getDefaultMode()).isEqualTo(0400);
    assertThat(volumeNames(render(Scenario.HARDENED_TRANSIT.input().workload())))
        .doesNotContain(PodLayout.UNSEAL_VOLUME);
  }

  @Test
  void entrypointIsMountedExecutable() {
    Volume entrypoint =
        volume(render(Scenario.DEV_LANE.input().workload()), PodLayout.ENTRYPOINT_VOLUME);

    assertThat(entrypoint.getConfigMap().getName()).isEqualTo("dev-entrypoint");
    assertThat(entrypoint.getConfigMap().getDefaultMode()).isEqualTo(0555);
  }

  @Test
  void selfInitIsMountedOnlyOnTheBootstrapRevisionOfAClusterWithSelfInit() {
    ClusterModel model = Scenario.DEV_LANE.model();

    assertThat(volumeNames(render(StatefulSetInput.of(model, "r1", 1, "h", "c", true))))
        .contains(PodLayout.SELF_INIT_VOLUME);
    assertThat(volumeNames(render(StatefulSetInput.of(model, "r2", 3, "h", "c", false))))
        .doesNotContain(PodLayout.SELF_INIT_VOLUME);
    model.spec().getSelfInit().setEnabled(false);
    assertThat(volumeNames(render(StatefulSetInput.of(model, "r1", 1, "h", "c", true))))
        .doesNotContain(PodLayout.SELF_INIT_VOLUME);
  }

  @Test
  void environmentComesFromTheDownwardApi() {
    List<EnvVar> env = container(render(Scenario.HARDENED_TRANSIT.input().workload())).getEnv();

    assertThat(env)
        .extracting(EnvVar::getName, e -> e.getValueFrom().getFieldRef().getFieldPath())
        .containsExactly(
            tuple("POD_NAME", "metadata.name"),
            tuple("POD_NAMESPACE", "metadata.namespace"),
            tuple("POD_IP", "status.podIP"),
            tuple("BAO_K8S_POD_NAME", "metadata.name"),
            tuple("BAO_K8S_NAMESPACE", "metadata.namespace"));
  }

  @Test
  void demoPasswordComesFromTheGeneratedSecretOrTheUsersOne() {
    ClusterModel model = Scenario.DEV_LANE.model();
    assertThat(demoPassword(model).getValueFrom().getSecretKeyRef().getName())
        .isEqualTo("dev-demo-login");

    SecretRef own = new SecretRef();
    own.setName("my-demo-password");
    model.spec().getDemoLogin().setPasswordSecretRef(own);
    assertThat(demoPassword(model).getValueFrom().getSecretKeyRef().getName())
        .isEqualTo("my-demo-password");
    assertThat(demoPassword(model).getValueFrom().getSecretKeyRef().getKey()).isEqualTo("password");

    model.spec().getDemoLogin().setEnabled(false);
    assertThat(container(render(StatefulSetInput.of(model, "r1", 1, "h", "c", true))).getEnv())
        .extracting(EnvVar::getName)
        .doesNotContain(PodLayout.ENV_DEMO_PASSWORD);
  }

  @Test
  void sealCredentialsBecomeTheEnvironmentOnlyWhenASecretIsNamed() {
    assertThat(container(render(Scenario.HARDENED_TRANSIT.input().workload())).getEnvFrom())
        .singleElement()
        .satisfies(from -> assertThat(from.getSecretRef().getName()).isEqualTo("transit-token"));
    assertThat(container(render(Scenario.DEV_LANE.input().workload())).getEnvFrom()).isEmpty();
  }

  @Test
  void dataClaimHasTheSpecsSizeAndClass() {
    PersistentVolumeClaim claim =
        render(Scenario.HARDENED_TRANSIT.input().workload())
            .getSpec()
            .getVolumeClaimTemplates()
            .get(0);

    assertThat(claim.getMetadata().getName()).isEqualTo(PodLayout.DATA_VOLUME);
    assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
    assertThat(claim.getSpec().getStorageClassName()).isEqualTo("fast-ssd");
    assertThat(claim.getSpec().getResources().getRequests().get("storage").toString())
        .isEqualTo("10Gi");
  }

  private static EnvVar demoPassword(ClusterModel model) {
    return container(render(StatefulSetInput.of(model, "r1", 1, "h", "c", true))).getEnv().stream()
        .filter(env -> env.getName().equals(PodLayout.ENV_DEMO_PASSWORD))
        .findFirst()
        .orElseThrow();
  }

  private static StatefulSet render(StatefulSetInput input) {
    return StatefulSetRenderer.render(input);
  }

  private static Container container(StatefulSet statefulSet) {
    return statefulSet.getSpec().getTemplate().getSpec().getContainers().get(0);
  }

  private static List<String> volumeNames(StatefulSet statefulSet) {
    return statefulSet.getSpec().getTemplate().getSpec().getVolumes().stream()
        .map(Volume::getName)
        .toList();
  }

  private static Volume volume(StatefulSet statefulSet, String name) {
    return statefulSet.getSpec().getTemplate().getSpec().getVolumes().stream()
        .filter(volume -> volume.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
