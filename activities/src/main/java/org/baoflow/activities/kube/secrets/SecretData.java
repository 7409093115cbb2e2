package org.baoflow.activities.kube.secrets;

import io.fabric8.kubernetes.api.model.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reading entries of a Secret as the API server returns it (base64 {@code data}). */
final class SecretData {
  private SecretData() {}

  /** The entry's bytes, or {@code null} when the Secret has no such entry or it is not base64. */
  static byte[] bytes(Secret secret, String key) {
    String encoded = secret.getData() == null ? null : secret.getData().get(key);
    if (encoded == null) {
      // An API server folds stringData into data; a mock server may keep it as written.
      String text = secret.getStringData() == null ? null : secret.getStringData().get(key);
      return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
    try {
      return Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The entry as UTF-8 text, or {@code null}. */
  static String text(Secret secret, String key) {
    byte[] bytes = bytes(secret, key);
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  /** Generated Secrets outlive their cluster unless its deletionPolicy says otherwise. */
  static Secret withoutOwner(Secret secret) {
    secret.getMetadata().setOwnerReferences(null);
    return secret;
  }
}
