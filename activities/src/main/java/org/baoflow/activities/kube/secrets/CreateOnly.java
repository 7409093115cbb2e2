package org.baoflow.activities.kube.secrets;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;
import java.util.function.Supplier;

/**
 * Create-only writes of generated material: an existing Secret always wins, so a retried call, or
 * two workers racing, can never replace a key that may already be in use.
 */
final class CreateOnly {
  private CreateOnly() {}

  /**
   * The Secret named like {@code desired}'s: the existing one, or {@code desired} created now.
   * {@code desired} is built only when no Secret exists, so no key is generated in vain.
   */
  static Outcome ensure(
      KubernetesClient kube, String namespace, String name, Supplier<Secret> desired) {
    Secret existing = kube.secrets().inNamespace(namespace).withName(name).get();
    if (existing != null) {
      return new Outcome(existing, false);
    }
    try {
      return new Outcome(kube.resource(desired.get()).create(), true);
    } catch (KubernetesClientException e) {
      if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
        throw e;
      }
      // Created since the read: keep the winner's material.
      Secret winner = kube.secrets().inNamespace(namespace).withName(name).get();
      if (winner == null) {
        throw new IllegalStateException(
            "Secret " + namespace + "/" + name + " was created and deleted concurrently", e);
      }
      return new Outcome(winner, false);
    }
  }

  /**
   * The Secret that holds the material, and whether this call created it.
   *
   * @param secret the Secret as the API server returned it
   * @param created whether this call created it
   */
  record Outcome(Secret secret, boolean created) {
    // The Secret holds key material.
    @Override
    public String toString() {
      return "Outcome[secret=" + secret.getMetadata().getName() + ", created=" + created + "]";
    }
  }
}
