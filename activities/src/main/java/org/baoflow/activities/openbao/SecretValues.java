package org.baoflow.activities.openbao;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/** Reads one value of a Secret; the value stays with the caller and out of every message. */
final class SecretValues {
  private SecretValues() {}

  /**
   * The decoded value of {@code key} in Secret {@code namespace/name}; empty when either is absent.
   */
  static Optional<String> read(KubernetesClient kube, String namespace, String name, String key) {
    Secret secret = kube.secrets().inNamespace(namespace).withName(name).get();
    if (secret == null) {
      return Optional.empty();
    }
    Map<String, String> data = secret.getData();
    if (data != null && data.get(key) != null) {
      return Optional.of(
          new String(Base64.getDecoder().decode(data.get(key)), StandardCharsets.UTF_8));
    }
    // The API server moves stringData into data; a store that has not (yet) still holds it here.
    Map<String, String> stringData = secret.getStringData();
    return Optional.ofNullable(stringData == null ? null : stringData.get(key));
  }
}
