package org.baoflow.activities.backup;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;
import java.util.Optional;
import org.baoflow.activities.openbao.SecretValues;
import org.baoflow.api.v1alpha1.SecretRef;

/**
 * A Secret a spec field names, read inside the activity. Failures name the Secret, the field and
 * the missing key, never a value; they are retryable, since creating or fixing the Secret lets the
 * next attempt succeed.
 *
 * @param field the spec field naming it, such as {@code spec.backup.target.credentialsSecretRef}
 * @param namespace the cluster's namespace, the only one a reference may name
 * @param name the Secret's name
 */
record NamedSecret(String field, String namespace, String name) {

  /** The Secret {@code ref} names in the cluster's {@code namespace}. */
  static NamedSecret of(String field, String namespace, SecretRef ref) {
    return new NamedSecret(field, namespace, ref.getName());
  }

  /**
   * Its values by key.
   *
   * @throws MissingSecretException when the Secret does not exist
   */
  Map<String, String> values(KubernetesClient kube) {
    return SecretValues.readAll(kube, namespace, name)
        .orElseThrow(
            () ->
                new MissingSecretException(
                    "Secret "
                        + namespace
                        + "/"
                        + name
                        + " named by "
                        + field
                        + " does not exist: create it, or correct "
                        + field));
  }

  /**
   * The non-blank value of {@code key}.
   *
   * @throws IllegalStateException when the key is absent or blank
   */
  String required(Map<String, String> values, String key) {
    return optional(values, key)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    describe() + " has no key " + key + ": add it, or correct " + field));
  }

  /** The value of {@code key}, when present and not blank. */
  Optional<String> optional(Map<String, String> values, String key) {
    return Optional.ofNullable(values.get(key)).filter(value -> !value.isBlank());
  }

  /** {@code Secret ns/name named by field}, for messages. */
  String describe() {
    return "Secret " + namespace + "/" + name + " named by " + field;
  }
}
