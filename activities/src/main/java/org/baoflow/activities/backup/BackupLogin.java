package org.baoflow.activities.backup;

import io.fabric8.kubernetes.client.KubernetesClient;
import org.baoflow.activities.bao.BaoConnection;
import org.baoflow.activities.bao.BaoToken;
import org.baoflow.activities.openbao.ClusterAccess;
import org.baoflow.api.v1alpha1.BackupSpec;

/**
 * The token a backup takes snapshots with: the one in {@code spec.backup.tokenSecretRef} (key
 * {@code token}), which belongs to the user and is never revoked, or else a JWT login with the
 * backup role of the self-init bootstrap, revoked when the access closes.
 */
final class BackupLogin {
  static final String TOKEN_FIELD = "spec.backup.tokenSecretRef";
  static final String TOKEN_KEY = "token";

  private BackupLogin() {}

  /** Logs in on {@code connection} as {@code backup} says. */
  static BaoToken token(
      KubernetesClient kube,
      ClusterAccess access,
      BaoConnection connection,
      String namespace,
      BackupSpec backup) {
    if (backup.getTokenSecretRef() != null) {
      NamedSecret secret = NamedSecret.of(TOKEN_FIELD, namespace, backup.getTokenSecretRef());
      return BaoToken.of(secret.required(secret.values(kube), TOKEN_KEY));
    }
    return access.jwtLogin(connection, backup.getJwtAuthRole()).token();
  }
}
