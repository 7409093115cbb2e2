package org.baoflow.activities.openbao;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads the values of a Secret; they stay with the caller and out of every message. */
public final class SecretValues {
  private SecretValues() {}

  /**
   * The decoded value of {@code key} in Secret {@code namespace/name}; empty when either is absent.
   */
  public static Optional<String> read(
      KubernetesClient kube, String namespace, String name, String key) {
    return readAll(kube, namespace, name).map(values -> values.get(key));
  }

  /**
   * Every decoded value of Secret {@code namespace/name} by key; empty when the Secret is absent,
   * so a caller can tell a missing Secret from a missing key.
   */
  public static Optional<Map<String, String>> readAll(
      KubernetesClient kube, String namespace, String name) {
    Secret secret = kube.secrets().inNamespace(namespace).withName(name).get();
    if (secret == null) {
      return Optional.empty();
    }
    Map<String, String> values = new HashMap<>();
    // The API server moves stringData into data; a store that has not (yet) still holds it there.
    if (secret.getStringData() != null) {
      values.putAll(secret.getStringData());
    }
    if (secret.getData() != null) {
      secret
          .getData()
          .forEach(
              (key, encoded) ->
                  values.put(
                      key,
                      new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8)));
    }
    return Optional.of(values);
  }
}
