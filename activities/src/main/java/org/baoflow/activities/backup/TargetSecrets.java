package org.baoflow.activities.backup;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;
import java.util.Optional;
import org.baoflow.activities.storage.S3AccessKey;
import org.baoflow.api.v1alpha1.BackupTarget;

/** The credentials and CA of {@code spec.backup.target}, read from the Secrets it names. */
final class TargetSecrets {
  static final String CREDENTIALS_FIELD = "spec.backup.target.credentialsSecretRef";
  static final String CA_FIELD = "spec.backup.target.caSecretRef";
  static final String ACCESS_KEY_ID = "accessKeyId";
  static final String SECRET_ACCESS_KEY = "secretAccessKey";
  static final String SESSION_TOKEN = "sessionToken";
  static final String CA_KEY = "ca.crt";

  private TargetSecrets() {}

  /** The Secret holding the key pair; the caller checked that the target names one. */
  static NamedSecret credentialsSecret(String namespace, BackupTarget target) {
    return NamedSecret.of(CREDENTIALS_FIELD, namespace, target.getCredentialsSecretRef());
  }

  /** The key pair, and the session token when the Secret has one. */
  static S3AccessKey accessKey(KubernetesClient kube, NamedSecret secret) {
    Map<String, String> values = secret.values(kube);
    return new S3AccessKey(
        secret.required(values, ACCESS_KEY_ID),
        secret.required(values, SECRET_ACCESS_KEY),
        secret.optional(values, SESSION_TOKEN).orElse(null));
  }

  /** The PEM CA of {@code caSecretRef} to trust alone, if the target names one. */
  static Optional<String> caPem(KubernetesClient kube, String namespace, BackupTarget target) {
    if (target.getCaSecretRef() == null) {
      return Optional.empty();
    }
    NamedSecret secret = NamedSecret.of(CA_FIELD, namespace, target.getCaSecretRef());
    return Optional.of(secret.required(secret.values(kube), CA_KEY));
  }
}
