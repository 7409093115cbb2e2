package org.baoflow.lane.sim.pod;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The volumes a container sees and where: the pod's volumes, plus the service-account volume
 * Kubernetes' admission adds when the token is automounted, mapped to the container's mount paths.
 */
final class ContainerMounts {
  /** Where Kubernetes mounts the automounted service-account token, CA and namespace. */
  static final String SERVICE_ACCOUNT_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";

  private static final String SERVICE_ACCOUNT_VOLUME = "kube-api-access-lane";

  private ContainerMounts() {}

  /**
   * The pod's volumes, with the automounted service-account volume if the pod gets one.
   *
   * @param accountAutomounts the pod's ServiceAccount's {@code automountServiceAccountToken}, which
   *     applies when the pod does not set its own
   */
  static List<Volume> volumes(Pod pod, Container container, boolean accountAutomounts) {
    List<Volume> volumes = new ArrayList<>();
    if (pod.getSpec().getVolumes() != null) {
      volumes.addAll(pod.getSpec().getVolumes());
    }
    if (automounts(pod, container, accountAutomounts)) {
      volumes.add(serviceAccountVolume());
    }
    return volumes;
  }

  /** The container's mount table over the volumes set up on the host. */
  static MountTable table(
      Pod pod,
      Container container,
      Map<String, MaterializedVolume> volumes,
      Map<String, String> env,
      boolean accountAutomounts) {
    List<Mount> mounts = new ArrayList<>();
    List<VolumeMount> declared = new ArrayList<>();
    if (container.getVolumeMounts() != null) {
      declared.addAll(container.getVolumeMounts());
    }
    if (automounts(pod, container, accountAutomounts)) {
      VolumeMount automount = new VolumeMount();
      automount.setName(SERVICE_ACCOUNT_VOLUME);
      automount.setMountPath(SERVICE_ACCOUNT_PATH);
      automount.setReadOnly(true);
      declared.add(automount);
    }
    for (VolumeMount mount : declared) {
      MaterializedVolume volume = volumes.get(mount.getName());
      if (volume == null) {
        throw new ContainerStartException(
            "volumeMount " + mount.getName() + " refers to no volume of the pod");
      }
      Path host = subPath(volume, mount, env);
      boolean writable = volume.writable() && !Boolean.TRUE.equals(mount.getReadOnly());
      mounts.add(
          new Mount(MountTable.normalize(mount.getMountPath()), host, writable, volume.storage()));
    }
    boolean readOnlyRoot =
        container.getSecurityContext() != null
            && Boolean.TRUE.equals(container.getSecurityContext().getReadOnlyRootFilesystem());
    return new MountTable(mounts, readOnlyRoot);
  }

  private static boolean automounts(Pod pod, Container container, boolean accountAutomounts) {
    Boolean podSetting = pod.getSpec().getAutomountServiceAccountToken();
    if (podSetting != null ? !podSetting : !accountAutomounts) {
      return false;
    }
    return container.getVolumeMounts() == null
        || container.getVolumeMounts().stream()
            .noneMatch(m -> SERVICE_ACCOUNT_PATH.equals(m.getMountPath()));
  }

  private static Path subPath(
      MaterializedVolume volume, VolumeMount mount, Map<String, String> env) {
    String subPath = mount.getSubPath();
    if (mount.getSubPathExpr() != null && !mount.getSubPathExpr().isEmpty()) {
      subPath = DependentExpansion.expand(mount.getSubPathExpr(), env);
    }
    if (subPath == null || subPath.isEmpty()) {
      return volume.directory();
    }
    Path host = volume.directory().resolve(subPath).normalize();
    if (subPath.startsWith("/") || !host.startsWith(volume.directory())) {
      throw new ContainerStartException("invalid subPath " + subPath + " of " + mount.getName());
    }
    if (!Files.exists(host)) {
      if (!volume.writable()) {
        throw new ContainerStartException(
            "subPath " + subPath + " does not exist in volume " + mount.getName());
      }
      HostFiles.createDirectory(host);
    }
    return host;
  }

  /** The projected volume Kubernetes' ServiceAccount admission adds to every automounting pod. */
  private static Volume serviceAccountVolume() {
    return new VolumeBuilder()
        .withName(SERVICE_ACCOUNT_VOLUME)
        .withNewProjected()
        .withDefaultMode(0644)
        .addNewSource()
        .withNewServiceAccountToken()
        .withPath("token")
        .withExpirationSeconds(3607L)
        .endServiceAccountToken()
        .endSource()
        .addNewSource()
        .withNewConfigMap()
        .withName(PodSources.ROOT_CA_CONFIG_MAP)
        .addNewItem()
        .withKey("ca.crt")
        .withPath("ca.crt")
        .endItem()
        .endConfigMap()
        .endSource()
        .addNewSource()
        .withNewDownwardAPI()
        .addNewItem()
        .withPath("namespace")
        .withNewFieldRef()
        .withApiVersion("v1")
        .withFieldPath("metadata.namespace")
        .endFieldRef()
        .endItem()
        .endDownwardAPI()
        .endSource()
        .endProjected()
        .build();
  }
}
