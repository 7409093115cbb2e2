package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.KeyToPathBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The volumes of the OpenBao pod and where the container mounts them, exactly as {@link PodLayout}
 * says. Each volume is declared together with its mount so the two cannot drift apart.
 */
final class PodVolumes {
  /**
   * {@code r-xr-xr-x}: the container runs the script through {@code /bin/sh}, which needs no
   * execute bit; the bit lets someone debugging in the pod run it directly, and nobody can change
   * it.
   */
  private static final int EXECUTABLE = 0555;

  /**
   * {@code r--------} for key material. The files belong to root; the pod's {@code fsGroup} makes
   * Kubernetes add group read, so the {@code openbao} user reads them through its group and no
   * other user can.
   */
  private static final int OWNER_READ_ONLY = 0400;

  private final List<Volume> volumes = new ArrayList<>();
  private final List<VolumeMount> mounts = new ArrayList<>();

  private PodVolumes() {}

  /** The volumes and mounts of one revision's pods. */
  static PodVolumes of(StatefulSetInput input) {
    ResourceNames names = input.model().names();
    PodOptions options = input.options();
    PodVolumes layout = new PodVolumes();
    layout.configMap(
        PodLayout.CONFIG_TEMPLATE_VOLUME,
        names.configConfigMap(input.revision()),
        null,
        PodLayout.CONFIG_TEMPLATE_DIR,
        PodLayout.CONFIG_TEMPLATE_KEY);
    layout.configMap(
        PodLayout.ENTRYPOINT_VOLUME,
        names.entrypointConfigMap(),
        EXECUTABLE,
        PodLayout.ENTRYPOINT_DIR,
        PodLayout.ENTRYPOINT_KEY);
    if (input.mountsSelfInit()) {
      layout.configMap(
          PodLayout.SELF_INIT_VOLUME,
          names.selfInitConfigMap(),
          null,
          PodLayout.SELF_INIT_DIR,
          PodLayout.SELF_INIT_KEY);
    }
    if (options.serverTls()) {
      layout.secret(
          PodLayout.TLS_VOLUME,
          names.serverTlsSecret(),
          PodLayout.TLS_DIR,
          PodLayout.TLS_CERT_KEY,
          PodLayout.TLS_KEY_KEY,
          PodLayout.TLS_CA_KEY);
    }
    if (options.staticSeal()) {
      layout.secret(
          PodLayout.UNSEAL_VOLUME,
          names.unsealKeySecret(),
          PodLayout.UNSEAL_DIR,
          PodLayout.UNSEAL_KEY);
    }
    if (options.sealCredentialsSecret() != null) {
      // Whole Secret: its keys are the user's (a transit CA, a GCP credentials file).
      layout.secret(
          PodLayout.SEAL_CREDS_VOLUME, options.sealCredentialsSecret(), PodLayout.SEAL_CREDS_DIR);
    }
    // The root filesystem is read-only: the entrypoint writes the final config here.
    layout.emptyDir(PodLayout.CONFIG_VOLUME, PodLayout.CONFIG_DIR);
    layout.emptyDir(PodLayout.TMP_VOLUME, PodLayout.TMP_DIR);
    // The data volume comes from the StatefulSet's claim template, not from the pod's volumes.
    layout.mounts.add(mount(PodLayout.DATA_VOLUME, PodLayout.DATA_DIR, false));
    return layout;
  }

  /** The pod's volumes. */
  List<Volume> volumes() {
    return List.copyOf(volumes);
  }

  /** The container's mounts, including the data volume of the claim template. */
  List<VolumeMount> mounts() {
    return List.copyOf(mounts);
  }

  // Keys are projected one by one: a Secret or ConfigMap that lacks a key the layout promises
  // keeps the pod from starting with a clear event, instead of OpenBao failing on a missing file.
  private void configMap(String volume, String configMap, Integer mode, String dir, String key) {
    volumes.add(
        new VolumeBuilder()
            .withName(volume)
            .withNewConfigMap()
            .withName(configMap)
            .withDefaultMode(mode)
            .withItems(item(key))
            .endConfigMap()
            .build());
    mounts.add(mount(volume, dir, true));
  }

  private void secret(String volume, String secret, String dir, String... keys) {
    volumes.add(
        new VolumeBuilder()
            .withName(volume)
            .withNewSecret()
            .withSecretName(secret)
            .withDefaultMode(OWNER_READ_ONLY)
            .withItems(keys.length == 0 ? null : itemsOf(keys))
            .endSecret()
            .build());
    mounts.add(mount(volume, dir, true));
  }

  private void emptyDir(String volume, String dir) {
    volumes.add(new VolumeBuilder().withName(volume).withNewEmptyDir().endEmptyDir().build());
    mounts.add(mount(volume, dir, false));
  }

  private static List<KeyToPath> itemsOf(String... keys) {
    List<KeyToPath> items = new ArrayList<>();
    for (String key : keys) {
      items.add(item(key));
    }
    return items;
  }

  private static KeyToPath item(String key) {
    return new KeyToPathBuilder().withKey(key).withPath(key).build();
  }

  private static VolumeMount mount(String volume, String dir, boolean readOnly) {
    return new VolumeMountBuilder()
        .withName(volume)
        .withMountPath(dir)
        .withReadOnly(readOnly ? Boolean.TRUE : null)
        .build();
  }
}
