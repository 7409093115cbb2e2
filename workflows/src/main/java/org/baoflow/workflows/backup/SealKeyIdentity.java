package org.baoflow.workflows.backup;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.SealType;
import org.baoflow.api.v1alpha1.UnsealSpec;
import org.baoflow.workflows.model.ClusterRef;

/**
 * Which seal a snapshot needs after a restore, for its manifest: the seal type and where its key
 * lives (a Secret's name, a transit key's path, a KMS key's ID), never key material. A restore into
 * a cluster with another seal key cannot unseal the restored data, so DR needs to know this.
 *
 * @param type the seal type's wire value, such as {@code static} or {@code transit}
 * @param keyIdentity where the key is
 */
public record SealKeyIdentity(String type, String keyIdentity) {

  /** The seal of {@code spec} for the cluster {@code ref}. */
  public static SealKeyIdentity of(ClusterRef ref, OpenBaoClusterSpec spec) {
    UnsealSpec unseal = spec.getUnseal();
    SealType type = unseal == null || unseal.getType() == null ? SealType.STATIC : unseal.getType();
    return new SealKeyIdentity(type.wireValue(), identity(ref, type, unseal));
  }

  private static String identity(ClusterRef ref, SealType type, UnsealSpec unseal) {
    String identity =
        switch (type) {
          case STATIC -> staticKey(ref, unseal);
          case TRANSIT ->
              unseal.getTransit() == null
                  ? null
                  : join(
                      unseal.getTransit().getAddress(),
                      mountPath(unseal.getTransit().getMountPath()) + "/keys",
                      unseal.getTransit().getKeyName());
          case AWSKMS ->
              unseal.getAwskms() == null
                  ? null
                  : join(unseal.getAwskms().getRegion(), unseal.getAwskms().getKmsKeyID());
          case GCPCKMS ->
              unseal.getGcpCloudKMS() == null
                  ? null
                  : join(
                      unseal.getGcpCloudKMS().getProject(),
                      unseal.getGcpCloudKMS().getRegion(),
                      unseal.getGcpCloudKMS().getKeyRing(),
                      unseal.getGcpCloudKMS().getCryptoKey());
          case AZUREKEYVAULT ->
              unseal.getAzureKeyVault() == null
                  ? null
                  : join(
                      unseal.getAzureKeyVault().getVaultName(),
                      unseal.getAzureKeyVault().getKeyName());
          case KMIP, OCIKMS, PKCS11 -> null;
        };
    // Workflow code must not fail on a spec the validator let through with a block missing.
    return identity == null || identity.isEmpty() ? type.wireValue() : identity;
  }

  private static String staticKey(ClusterRef ref, UnsealSpec unseal) {
    String secret = "Secret " + ref.namespace() + "/" + ref.name() + "-unseal-key";
    if (unseal != null
        && unseal.getStaticSeal() != null
        && unseal.getStaticSeal().getCurrentKeyID() != null) {
      return secret + ", key ID " + unseal.getStaticSeal().getCurrentKeyID();
    }
    return secret;
  }

  private static String mountPath(String mountPath) {
    return mountPath == null || mountPath.isBlank()
        ? "transit"
        : mountPath.replaceAll("^/+|/+$", "");
  }

  private static String join(String... parts) {
    return Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining("/"));
  }
}
