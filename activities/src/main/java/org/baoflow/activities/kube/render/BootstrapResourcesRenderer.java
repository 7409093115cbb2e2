package org.baoflow.activities.kube.render;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.baoflow.api.v1alpha1.GatewaySpec;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.SealType;

/**
 * Renders the bootstrap resources of one revision: the config.hcl template ConfigMap, the
 * entrypoint ConfigMap, the self-init ConfigMap (while bootstrapping only), the static unseal key
 * Secret (static seal, when the caller holds the key) and the public CA ConfigMap a Gateway's
 * BackendTLSPolicy verifies OpenBao with (terminating Gateway with backend TLS only). Secrets come
 * in as inputs; ConfigMaps never hold one.
 */
public final class BootstrapResourcesRenderer {
  /** Length of a static seal key: AES-256. */
  public static final int UNSEAL_KEY_BYTES = 32;

  /** Key of the CA certificate in the CA ConfigMap. */
  public static final String CA_CONFIG_MAP_KEY = "ca.crt";

  private BootstrapResourcesRenderer() {}

  /**
   * The resources, in apply order.
   *
   * @param files the revision's files, from {@link BootstrapFiles#render}
   * @param unsealKey the static seal key; {@code null} leaves the unseal key Secret out (the Secret
   *     activity creates it once and never renders it again), ignored unless the seal is static
   * @param caCertificatePem the cluster CA certificate; required for a terminating Gateway with
   *     backend TLS, ignored otherwise
   */
  public static List<HasMetadata> render(
      ClusterModel model,
      ConfigRevision revision,
      BootstrapFiles files,
      byte[] unsealKey,
      String caCertificatePem) {
    ResourceNames names = model.names();
    List<HasMetadata> resources = new ArrayList<>();
    resources.add(
        configMap(
            model,
            names.configConfigMap(revision.revision()),
            revision.revision(),
            Map.of(PodLayout.CONFIG_TEMPLATE_KEY, files.configTemplate())));
    resources.add(
        configMap(
            model,
            names.entrypointConfigMap(),
            null,
            Map.of(PodLayout.ENTRYPOINT_KEY, files.entrypoint())));
    files
        .selfInit()
        .ifPresent(
            selfInit ->
                resources.add(
                    configMap(
                        model,
                        names.selfInitConfigMap(),
                        null,
                        Map.of(PodLayout.SELF_INIT_KEY, selfInit))));
    if (unsealKey != null && DefaultedSpec.unseal(model.spec()).getType() == SealType.STATIC) {
      resources.add(unsealKeySecret(model, unsealKey));
    }
    if (needsCaConfigMap(model.spec())) {
      if (caCertificatePem == null || caCertificatePem.isBlank()) {
        throw new IllegalArgumentException(
            "the CA certificate is required for the Gateway's backend TLS");
      }
      resources.add(
          configMap(model, names.caConfigMap(), null, Map.of(CA_CONFIG_MAP_KEY, caCertificatePem)));
    }
    return resources;
  }

  /**
   * Whether the spec renders the CA ConfigMap: a terminating Gateway re-encrypts to OpenBao and
   * verifies it with the cluster CA.
   */
  public static boolean needsCaConfigMap(OpenBaoClusterSpec spec) {
    GatewaySpec gateway = DefaultedSpec.gateway(spec);
    return Boolean.TRUE.equals(gateway.getEnabled())
        && !Boolean.TRUE.equals(gateway.getTlsPassthrough())
        && Boolean.TRUE.equals(DefaultedSpec.backendTls(spec).getEnabled());
  }

  private static ConfigMap configMap(
      ClusterModel model, String name, String revision, Map<String, String> data) {
    return new ConfigMapBuilder()
        .withMetadata(metadata(model, name, revision))
        .withData(data)
        .build();
  }

  private static Secret unsealKeySecret(ClusterModel model, byte[] key) {
    if (key.length != UNSEAL_KEY_BYTES) {
      throw new IllegalArgumentException(
          "the static seal needs a key of " + UNSEAL_KEY_BYTES + " bytes");
    }
    return new SecretBuilder()
        .withMetadata(metadata(model, model.names().unsealKeySecret(), null))
        .withType("Opaque")
        // A key id must always name the same bytes: an immutable Secret cannot drift, and a
        // different key fails to apply instead of sealing the cluster for good.
        .withImmutable(true)
        .withData(Map.of(PodLayout.UNSEAL_KEY, Base64.getEncoder().encodeToString(key)))
        .build();
  }

  private static ObjectMeta metadata(ClusterModel model, String name, String revision) {
    Map<String, String> labels = Labels.common(model.names().cluster());
    if (revision != null) {
      labels.put(Labels.REVISION, revision);
    }
    return OwnedMetadata.of(model, name, labels, Map.of());
  }
}
