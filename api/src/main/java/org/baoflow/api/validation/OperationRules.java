package org.baoflow.api.validation;

import java.util.List;
import org.baoflow.api.v1alpha1.BackupSpec;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.Profile;
import org.baoflow.api.v1alpha1.UpgradeSpec;

/**
 * Backup and upgrade settings: where snapshots may go and which Secrets the operations may read
 * (CEL on OpenBaoClusterSpec, BackupSpec and UpgradeSpec).
 */
final class OperationRules {
  private OperationRules() {}

  static void check(OpenBaoClusterSpec spec, List<Violation> out) {
    BackupSpec backup = spec.getBackup();
    if (backup != null && backup.getTarget() != null && backup.getTarget().getEndpoint() != null) {
      String endpoint = backup.getTarget().getEndpoint();
      String field = "spec.backup.target.endpoint";
      boolean devService =
          spec.getProfile() == Profile.DEVELOPMENT && Endpoints.isServiceHttp(endpoint);
      if (!Endpoints.isHttps(endpoint) && !devService) {
        out.add(new Violation(field, Messages.BACKUP_ENDPOINT_HTTPS));
      }
      if (Endpoints.isLocalOrIp(endpoint)) {
        out.add(new Violation(field, Messages.BACKUP_ENDPOINT_LOCAL));
      }
    }
    if (backup != null) {
      OwnSecrets.check(
          backup.getTokenSecretRef(),
          "spec.backup.tokenSecretRef",
          Messages.BACKUP_TOKEN_SECRET_OWN,
          out);
      if (backup.getTarget() != null) {
        OwnSecrets.check(
            backup.getTarget().getCredentialsSecretRef(),
            "spec.backup.target.credentialsSecretRef",
            Messages.BACKUP_CREDENTIALS_SECRET_OWN,
            out);
        OwnSecrets.check(
            backup.getTarget().getCaSecretRef(),
            "spec.backup.target.caSecretRef",
            Messages.BACKUP_CA_SECRET_OWN,
            out);
      }
    }
    UpgradeSpec upgrade = spec.getUpgrade();
    if (upgrade != null) {
      OwnSecrets.check(
          upgrade.getTokenSecretRef(),
          "spec.upgrade.tokenSecretRef",
          Messages.UPGRADE_TOKEN_SECRET_OWN,
          out);
    }
  }
}
