package org.baoflow.api.validation;

import java.util.List;
import org.baoflow.api.v1alpha1.BackupTarget;
import org.baoflow.api.v1alpha1.OpenBaoRestoreSpec;

/**
 * Where a restore may read from and which Secrets it may use (CEL on OpenBaoRestoreSpec). A restore
 * has no profile of its own, so an in-cluster plain-http Service is always allowed.
 */
final class RestoreRules {
  private RestoreRules() {}

  static void check(OpenBaoRestoreSpec spec, List<Violation> out) {
    OwnSecrets.check(
        spec.getTokenSecretRef(), "spec.tokenSecretRef", Messages.RESTORE_TOKEN_SECRET_OWN, out);
    BackupTarget target = spec.getSource() == null ? null : spec.getSource().getTarget();
    if (target == null) {
      return;
    }
    String endpoint = target.getEndpoint();
    if (endpoint != null) {
      String field = "spec.source.target.endpoint";
      if (!Endpoints.isHttps(endpoint) && !Endpoints.isServiceHttp(endpoint)) {
        out.add(new Violation(field, Messages.RESTORE_ENDPOINT_HTTPS));
      }
      if (Endpoints.isLocalOrIp(endpoint)) {
        out.add(new Violation(field, Messages.RESTORE_ENDPOINT_LOCAL));
      }
    }
    OwnSecrets.check(
        target.getCredentialsSecretRef(),
        "spec.source.target.credentialsSecretRef",
        Messages.RESTORE_CREDENTIALS_SECRET_OWN,
        out);
    OwnSecrets.check(
        target.getCaSecretRef(),
        "spec.source.target.caSecretRef",
        Messages.RESTORE_CA_SECRET_OWN,
        out);
  }
}
