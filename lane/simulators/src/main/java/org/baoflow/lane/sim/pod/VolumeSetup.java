package org.baoflow.lane.sim.pod;

import io.fabric8.kubernetes.api.model.ConfigMapProjection;
import io.fabric8.kubernetes.api.model.ConfigMapVolumeSource;
import io.fabric8.kubernetes.api.model.DownwardAPIVolumeFile;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ProjectedVolumeSource;
import io.fabric8.kubernetes.api.model.SecretProjection;
import io.fabric8.kubernetes.api.model.SecretVolumeSource;
import io.fabric8.kubernetes.api.model.ServiceAccountTokenProjection;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeProjection;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sets a pod's volumes up on the host as the kubelet's volume plugins do: ConfigMaps, Secrets,
 * projections and the downward API written as files (again at every container start, so they show
 * the objects as they are then), emptyDirs and claims kept in the {@link VolumeStore}. A missing
 * object or key fails the start with the kubelet's words, unless the source is optional.
 */
final class VolumeSetup {
  private static final int DEFAULT_MODE = 0644;

  private final KubernetesClient client;
  private final PodSources sources;
  private final ServiceAccountTokens tokens;
  private final VolumeStore store;

  VolumeSetup(
      KubernetesClient client, PodSources sources, ServiceAccountTokens tokens, VolumeStore store) {
    this.client = client;
    this.sources = sources;
    this.tokens = tokens;
    this.store = store;
  }

  /** Every volume of the pod by name. */
  Map<String, MaterializedVolume> setUp(Pod pod, List<Volume> volumes) {
    Map<String, MaterializedVolume> byName = new LinkedHashMap<>();
    for (Volume volume : volumes) {
      byName.put(volume.getName(), setUp(pod, volume));
    }
    return byName;
  }

  private MaterializedVolume setUp(Pod pod, Volume volume) {
    String uid = pod.getMetadata().getUid();
    if (volume.getEmptyDir() != null) {
      VolumeStore.Volume dir = store.emptyDir(uid, volume.getName());
      return new MaterializedVolume(dir.directory(), true, Optional.of(dir.storage()));
    }
    if (volume.getPersistentVolumeClaim() != null) {
      return claim(volume);
    }
    Path dir = store.podDirectory(uid).resolve("volumes").resolve(volume.getName());
    HostFiles.deleteTree(dir);
    try {
      if (volume.getConfigMap() != null) {
        configMap(dir, volume.getConfigMap());
      } else if (volume.getSecret() != null) {
        secret(dir, volume.getSecret());
      } else if (volume.getProjected() != null) {
        projected(pod, dir, volume.getProjected());
      } else if (volume.getDownwardAPI() != null) {
        int mode = mode(volume.getDownwardAPI().getDefaultMode(), DEFAULT_MODE);
        downwardApi(pod, dir, volume.getDownwardAPI().getItems(), mode);
      } else {
        throw new ContainerStartException("the lane does not support this volume type");
      }
    } catch (ContainerStartException e) {
      throw new ContainerStartException(
          "MountVolume.SetUp failed for volume \"" + volume.getName() + "\" : " + e.getMessage(),
          e);
    }
    // An optional source that is missing still mounts, as an empty directory.
    HostFiles.createDirectory(dir);
    HostFiles.sealDirectories(dir);
    return new MaterializedVolume(dir, false, Optional.empty());
  }

  private MaterializedVolume claim(Volume volume) {
    String claimName = volume.getPersistentVolumeClaim().getClaimName();
    PersistentVolumeClaim claim =
        client.persistentVolumeClaims().inNamespace(sources.namespace()).withName(claimName).get();
    if (claim == null) {
      throw new ContainerStartException("persistentvolumeclaim \"" + claimName + "\" not found");
    }
    VolumeStore.Volume dir = store.claim(claim.getMetadata().getUid());
    boolean readOnly = Boolean.TRUE.equals(volume.getPersistentVolumeClaim().getReadOnly());
    return new MaterializedVolume(dir.directory(), !readOnly, Optional.of(dir.storage()));
  }

  private void configMap(Path dir, ConfigMapVolumeSource source) {
    Optional<Map<String, byte[]>> data = sources.configMap(source.getName());
    if (data.isEmpty()) {
      if (Boolean.TRUE.equals(source.getOptional())) {
        return;
      }
      throw new ContainerStartException("configmap \"" + source.getName() + "\" not found");
    }
    writeKeys(
        dir,
        data.get(),
        source.getItems(),
        mode(source.getDefaultMode(), DEFAULT_MODE),
        "configmap references non-existent config key: ");
  }

  private void secret(Path dir, SecretVolumeSource source) {
    Optional<Map<String, byte[]>> data = sources.secret(source.getSecretName());
    if (data.isEmpty()) {
      if (Boolean.TRUE.equals(source.getOptional())) {
        return;
      }
      throw new ContainerStartException("secret \"" + source.getSecretName() + "\" not found");
    }
    writeKeys(
        dir,
        data.get(),
        source.getItems(),
        mode(source.getDefaultMode(), DEFAULT_MODE),
        "references non-existent secret key: ");
  }

  private void projected(Pod pod, Path dir, ProjectedVolumeSource source) {
    int mode = mode(source.getDefaultMode(), DEFAULT_MODE);
    for (VolumeProjection projection : source.getSources()) {
      if (projection.getConfigMap() != null) {
        ConfigMapProjection map = projection.getConfigMap();
        Optional<Map<String, byte[]>> data = sources.configMap(map.getName());
        if (data.isPresent()) {
          writeKeys(
              dir,
              data.get(),
              map.getItems(),
              mode,
              "configmap references non-existent config key: ");
        } else if (!Boolean.TRUE.equals(map.getOptional())) {
          throw new ContainerStartException("configmap \"" + map.getName() + "\" not found");
        }
      } else if (projection.getSecret() != null) {
        SecretProjection secret = projection.getSecret();
        Optional<Map<String, byte[]>> data = sources.secret(secret.getName());
        if (data.isPresent()) {
          writeKeys(
              dir, data.get(), secret.getItems(), mode, "references non-existent secret key: ");
        } else if (!Boolean.TRUE.equals(secret.getOptional())) {
          throw new ContainerStartException("secret \"" + secret.getName() + "\" not found");
        }
      } else if (projection.getDownwardAPI() != null) {
        downwardApi(pod, dir, projection.getDownwardAPI().getItems(), mode);
      } else if (projection.getServiceAccountToken() != null) {
        ServiceAccountTokenProjection token = projection.getServiceAccountToken();
        List<String> audiences =
            token.getAudience() == null || token.getAudience().isEmpty()
                ? List.of()
                : List.of(token.getAudience());
        long seconds = token.getExpirationSeconds() == null ? 3600 : token.getExpirationSeconds();
        HostFiles.write(
            file(dir, token.getPath()),
            tokens.token(pod, audiences, seconds).getBytes(StandardCharsets.UTF_8),
            mode);
      } else {
        throw new ContainerStartException("the lane does not support this projection");
      }
    }
  }

  private static void downwardApi(
      Pod pod, Path dir, List<DownwardAPIVolumeFile> items, int defaultMode) {
    for (DownwardAPIVolumeFile item : items) {
      if (item.getFieldRef() == null) {
        throw new ContainerStartException(
            "the lane supports only fieldRef in downwardAPI volumes (" + item.getPath() + ")");
      }
      HostFiles.write(
          file(dir, item.getPath()),
          FieldRefs.value(pod, item.getFieldRef().getFieldPath()).getBytes(StandardCharsets.UTF_8),
          mode(item.getMode(), defaultMode));
    }
  }

  private static void writeKeys(
      Path dir, Map<String, byte[]> data, List<KeyToPath> items, int mode, String missingKey) {
    if (items == null || items.isEmpty()) {
      data.forEach((key, value) -> HostFiles.write(file(dir, key), value, mode));
      return;
    }
    for (KeyToPath item : items) {
      byte[] value = data.get(item.getKey());
      if (value == null) {
        throw new ContainerStartException(missingKey + item.getKey());
      }
      HostFiles.write(file(dir, item.getPath()), value, mode(item.getMode(), mode));
    }
  }

  /** The host file for a relative path inside a volume; a path that climbs out is refused. */
  private static Path file(Path dir, String relative) {
    Path file = dir.resolve(relative).normalize();
    if (relative.startsWith("/") || !file.startsWith(dir) || file.equals(dir)) {
      throw new ContainerStartException("invalid path in volume: " + relative);
    }
    return file;
  }

  private static int mode(Integer mode, int fallback) {
    return mode == null ? fallback : mode;
  }
}
