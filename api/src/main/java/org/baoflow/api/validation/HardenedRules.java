package org.baoflow.api.validation;

import java.util.List;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.Profile;
import org.baoflow.api.v1alpha1.SealType;
import org.baoflow.api.v1alpha1.TlsMode;
import org.baoflow.api.v1alpha1.UnsealSpec;

/**
 * What profile Hardened demands. An absent block counts as its default (static seal,
 * OperatorManaged TLS), as in the CEL rules on OpenBaoClusterSpec.
 */
final class HardenedRules {
  private HardenedRules() {}

  static void check(OpenBaoClusterSpec spec, List<Violation> out) {
    if (spec.getProfile() != Profile.HARDENED) {
      return;
    }
    UnsealSpec unseal = spec.getUnseal();
    if (unseal == null || unseal.getType() == SealType.STATIC) {
      out.add(new Violation("spec.unseal.type", Messages.HARDENED_STATIC_SEAL));
    }
    if (spec.getTls() == null || spec.getTls().getMode() == TlsMode.OPERATOR_MANAGED) {
      out.add(new Violation("spec.tls.mode", Messages.HARDENED_OPERATOR_MANAGED_TLS));
    }
    if (spec.getSelfInit() == null || !Boolean.TRUE.equals(spec.getSelfInit().getEnabled())) {
      out.add(new Violation("spec.selfInit.enabled", Messages.HARDENED_SELF_INIT));
    }
    if (spec.getReplicas() != null && spec.getReplicas() < 3) {
      out.add(new Violation("spec.replicas", Messages.HARDENED_REPLICAS));
    }
    if (unseal != null
        && unseal.getTransit() != null
        && Boolean.TRUE.equals(unseal.getTransit().getTlsSkipVerify())) {
      out.add(
          new Violation(
              "spec.unseal.transit.tlsSkipVerify", Messages.HARDENED_TRANSIT_SKIP_VERIFY));
    }
  }
}
