package org.baoflow.api.validation;

import java.util.List;
import org.baoflow.api.v1alpha1.SealType;
import org.baoflow.api.v1alpha1.UnsealSpec;

/** Each implemented external seal type needs its settings block (CEL on UnsealSpec). */
final class SealRules {
  private SealRules() {}

  static void check(UnsealSpec unseal, List<Violation> out) {
    if (unseal == null || unseal.getType() == null) {
      return;
    }
    switch (unseal.getType()) {
      case TRANSIT -> require(unseal.getTransit(), "transit", Messages.SEAL_TRANSIT_REQUIRED, out);
      case AWSKMS -> require(unseal.getAwskms(), "awskms", Messages.SEAL_AWSKMS_REQUIRED, out);
      case GCPCKMS ->
          require(unseal.getGcpCloudKMS(), "gcpCloudKMS", Messages.SEAL_GCPCKMS_REQUIRED, out);
      case AZUREKEYVAULT ->
          require(
              unseal.getAzureKeyVault(),
              "azureKeyVault",
              Messages.SEAL_AZUREKEYVAULT_REQUIRED,
              out);
      default -> {
        // static needs no block; kmip, ocikms and pkcs11 are reported as unsupported instead.
      }
    }
  }

  private static void require(Object block, String name, String message, List<Violation> out) {
    if (block == null) {
      out.add(new Violation("spec.unseal." + name, message));
    }
  }

  /** The seal type of a spec, counting an absent block as the default. */
  static SealType typeOf(UnsealSpec unseal) {
    return unseal == null || unseal.getType() == null ? SealType.STATIC : unseal.getType();
  }
}
