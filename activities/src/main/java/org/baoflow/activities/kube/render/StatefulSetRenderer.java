package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.baoflow.api.v1alpha1.StorageSpec;

/**
 * The StatefulSet of one revision: the stock OpenBao image started through the rendered entrypoint,
 * with the volumes of {@link PodLayout}, HTTPS health probes and a locked-down security context.
 */
public final class StatefulSetRenderer {
  /**
   * The {@code openbao} user and group of the stock image ({@code adduser -S} and {@code addgroup}
   * on Alpine give 100 and 1000; the official Helm chart runs with the same ids).
   */
  static final long OPENBAO_UID = 100L;

  static final long OPENBAO_GID = 1000L;

  /** Time for the active node to step down and for raft to flush before the kill. */
  static final long TERMINATION_GRACE_SECONDS = 60L;

  private StatefulSetRenderer() {}

  /** Renders the StatefulSet of {@code input}'s revision. */
  public static StatefulSet render(StatefulSetInput input) {
    ClusterModel model = input.model();
    ResourceNames names = model.names();
    String cluster = names.cluster();
    Map<String, String> podLabels = Labels.podLabels(cluster, input.revision());
    return new StatefulSetBuilder()
        .withMetadata(
            OwnedMetadata.of(model, names.statefulSet(input.revision()), podLabels, Map.of()))
        .withNewSpec()
        .withServiceName(names.headlessService())
        .withReplicas(input.replicas())
        // Pods start one at a time: pod 0 initializes (or joins) before the next one joins it.
        .withPodManagementPolicy("OrderedReady")
        // Workflows restart pods in a raft-safe order (followers first, leader after step-down).
        .withNewUpdateStrategy()
        .withType("OnDelete")
        .endUpdateStrategy()
        .withNewSelector()
        .withMatchLabels(Labels.podSelector(cluster, input.revision()))
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .withLabels(podLabels)
        .withAnnotations(hashAnnotations(input))
        .endMetadata()
        .withSpec(podSpec(input))
        .endTemplate()
        .withVolumeClaimTemplates(dataClaim(input))
        .endSpec()
        .build();
  }

  private static Map<String, String> hashAnnotations(StatefulSetInput input) {
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put(Labels.CONFIG_HASH, input.configHash());
    if (input.certificateHash() != null) {
      annotations.put(Labels.CERT_HASH, input.certificateHash());
    }
    return annotations;
  }

  private static PodSpec podSpec(StatefulSetInput input) {
    ResourceNames names = input.model().names();
    PodVolumes volumes = PodVolumes.of(input);
    return new PodSpecBuilder()
        .withServiceAccountName(names.serviceAccount())
        // Service registration labels the pod through the API, raft's auto_join lists pods, and
        // the JWT auth reads the issuer's keys with this token; all need it mounted.
        .withAutomountServiceAccountToken(true)
        // OpenBao reads BAO_* variables; Service links would inject BAO_PORT and the like for a
        // Service named "bao" in the namespace.
        .withEnableServiceLinks(false)
        .withTerminationGracePeriodSeconds(TERMINATION_GRACE_SECONDS)
        .withSecurityContext(podSecurity())
        .withContainers(container(input, volumes))
        .withVolumes(volumes.volumes())
        .build();
  }

  private static Container container(StatefulSetInput input, PodVolumes volumes) {
    return new ContainerBuilder()
        .withName(PodLayout.CONTAINER)
        .withImage(input.model().image())
        .withImagePullPolicy("IfNotPresent")
        .withCommand("/bin/sh", PodLayout.ENTRYPOINT_DIR + "/" + PodLayout.ENTRYPOINT_KEY)
        .withPorts(
            new ContainerPortBuilder()
                .withName("api")
                .withContainerPort(PodLayout.API_PORT)
                .withProtocol("TCP")
                .build(),
            new ContainerPortBuilder()
                .withName("cluster")
                .withContainerPort(PodLayout.CLUSTER_PORT)
                .withProtocol("TCP")
                .build())
        .withEnv(PodEnvironment.variables(input.options()))
        .withEnvFrom(PodEnvironment.secrets(input.options()))
        .withStartupProbe(HealthProbes.startup())
        .withReadinessProbe(HealthProbes.readiness())
        .withLivenessProbe(HealthProbes.liveness())
        .withSecurityContext(containerSecurity())
        .withVolumeMounts(volumes.mounts())
        .build();
  }

  private static PodSecurityContext podSecurity() {
    return new PodSecurityContextBuilder()
        .withRunAsNonRoot(true)
        .withRunAsUser(OPENBAO_UID)
        .withRunAsGroup(OPENBAO_GID)
        // Makes the data volume writable and the mounted key files group-readable for openbao.
        .withFsGroup(OPENBAO_GID)
        .withNewSeccompProfile()
        .withType("RuntimeDefault")
        .endSeccompProfile()
        .build();
  }

  private static SecurityContext containerSecurity() {
    return new SecurityContextBuilder()
        .withReadOnlyRootFilesystem(true)
        .withAllowPrivilegeEscalation(false)
        .withNewCapabilities()
        .withDrop("ALL")
        .endCapabilities()
        .build();
  }

  private static PersistentVolumeClaim dataClaim(StatefulSetInput input) {
    StorageSpec storage = input.model().spec().getStorage();
    Map<String, String> labels = Labels.common(input.model().names().cluster());
    if (input.revision() != null) {
      labels.put(Labels.REVISION, input.revision());
    }
    return new PersistentVolumeClaimBuilder()
        .withNewMetadata()
        .withName(PodLayout.DATA_VOLUME)
        // PVCs outlive their StatefulSet; the labels let cleanup find a revision's claims.
        .withLabels(labels)
        .endMetadata()
        .withNewSpec()
        .withAccessModes("ReadWriteOnce")
        .withStorageClassName(storage.getStorageClassName())
        .withNewResources()
        .addToRequests("storage", new Quantity(storage.getSize()))
        .endResources()
        .endSpec()
        .build();
  }
}
