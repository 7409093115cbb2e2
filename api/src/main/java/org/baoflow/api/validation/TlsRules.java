package org.baoflow.api.validation;

import java.util.List;
import org.baoflow.api.v1alpha1.ConfigurationSpec;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.TlsMode;
import org.baoflow.api.v1alpha1.TlsSpec;

/** TLS is always on, and each mode has what it needs (CEL on OpenBaoClusterSpec, TlsSpec...). */
final class TlsRules {
  private TlsRules() {}

  static void check(OpenBaoClusterSpec spec, List<Violation> out) {
    TlsSpec tls = spec.getTls();
    if (tls == null
        || (tls.getMode() == TlsMode.OPERATOR_MANAGED && tls.getRotationPeriod() == null)) {
      out.add(new Violation("spec.tls.rotationPeriod", Messages.TLS_ROTATION_PERIOD_REQUIRED));
    }
    if (tls != null) {
      if (!Boolean.TRUE.equals(tls.getEnabled())) {
        out.add(new Violation("spec.tls.enabled", Messages.TLS_ENABLED));
      }
      if (tls.getMode() == TlsMode.ACME && tls.getAcme() == null) {
        out.add(new Violation("spec.tls.acme", Messages.TLS_ACME_REQUIRED));
      }
      if (tls.getAcme() != null
          && tls.getAcme().getDomain() != null
          && tls.getAcme().getDomains() != null) {
        out.add(new Violation("spec.tls.acme.domain", Messages.ACME_DOMAIN_EXCLUSIVE));
      }
    }
    ConfigurationSpec configuration = spec.getConfiguration();
    if (configuration != null
        && configuration.getListener() != null
        && Boolean.TRUE.equals(configuration.getListener().getTlsDisable())) {
      out.add(
          new Violation("spec.configuration.listener.tlsDisable", Messages.LISTENER_TLS_DISABLE));
    }
  }
}
