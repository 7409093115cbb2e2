package org.baoflow.lane.sim.pod;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ConfigMaps and Secrets of a pod's namespace as the kubelet reads them: data by key as bytes.
 * {@value #ROOT_CA_CONFIG_MAP} is there in every namespace, as Kubernetes' root CA publisher puts
 * it there, holding the lane API server's CA.
 */
final class PodSources {
  /** The ConfigMap Kubernetes publishes in every namespace with the API server's CA. */
  static final String ROOT_CA_CONFIG_MAP = "kube-root-ca.crt";

  private final KubernetesClient client;
  private final String namespace;
  private final String apiServerCaPem;

  PodSources(KubernetesClient client, String namespace, String apiServerCaPem) {
    this.client = client;
    this.namespace = namespace;
    this.apiServerCaPem = apiServerCaPem;
  }

  String namespace() {
    return namespace;
  }

  /** The ConfigMap's {@code data} and {@code binaryData} by key. */
  Optional<Map<String, byte[]>> configMap(String name) {
    ConfigMap map = client.configMaps().inNamespace(namespace).withName(name).get();
    if (map == null) {
      return ROOT_CA_CONFIG_MAP.equals(name)
          ? Optional.of(Map.of("ca.crt", apiServerCaPem.getBytes(StandardCharsets.UTF_8)))
          : Optional.empty();
    }
    Map<String, byte[]> data = new LinkedHashMap<>();
    if (map.getData() != null) {
      map.getData().forEach((k, v) -> data.put(k, v.getBytes(StandardCharsets.UTF_8)));
    }
    if (map.getBinaryData() != null) {
      map.getBinaryData().forEach((k, v) -> data.put(k, Base64.getDecoder().decode(v)));
    }
    return Optional.of(data);
  }

  /** The Secret's {@code data} (and any {@code stringData} the API kept) by key. */
  Optional<Map<String, byte[]>> secret(String name) {
    Secret secret = client.secrets().inNamespace(namespace).withName(name).get();
    if (secret == null) {
      return Optional.empty();
    }
    Map<String, byte[]> data = new LinkedHashMap<>();
    if (secret.getData() != null) {
      secret.getData().forEach((k, v) -> data.put(k, Base64.getDecoder().decode(v)));
    }
    if (secret.getStringData() != null) {
      secret.getStringData().forEach((k, v) -> data.put(k, v.getBytes(StandardCharsets.UTF_8)));
    }
    return Optional.of(data);
  }
}
