package org.baoflow.activities.kube.render;

import org.baoflow.api.v1alpha1.DemoLoginSpec;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.SealType;
import org.baoflow.api.v1alpha1.SelfInitSpec;

/**
 * The switches of the OpenBao pod that follow from the spec: which Secrets it mounts or reads and
 * whether self-init is on.
 *
 * @param serverTls mount the server certificate Secret; false in ACME mode, where OpenBao obtains
 *     its certificate itself
 * @param staticSeal mount the static seal key Secret
 * @param sealCredentialsSecret Secret whose keys become the container's environment (transit token,
 *     cloud KMS credentials) and files under {@link PodLayout#SEAL_CREDS_DIR} (a transit CA);
 *     {@code null} for none
 * @param demoPasswordSecret Secret with the demo login's {@code password}; {@code null} when the
 *     demo login is off
 * @param selfInit self-initialization is enabled (only the bootstrap revision mounts its stanzas)
 */
public record PodOptions(
    boolean serverTls,
    boolean staticSeal,
    String sealCredentialsSecret,
    String demoPasswordSecret,
    boolean selfInit) {

  /** Derives the switches from the cluster's spec (with defaults applied). */
  public static PodOptions from(ClusterModel model) {
    OpenBaoClusterSpec spec = model.spec();
    return new PodOptions(
        !DefaultedSpec.acme(spec),
        sealType(spec) == SealType.STATIC,
        spec.getUnseal() == null || spec.getUnseal().getCredentialsSecretRef() == null
            ? null
            : spec.getUnseal().getCredentialsSecretRef().getName(),
        demoPasswordSecret(model),
        enabled(spec.getSelfInit()));
  }

  private static SealType sealType(OpenBaoClusterSpec spec) {
    return DefaultedSpec.unseal(spec).getType();
  }

  private static String demoPasswordSecret(ClusterModel model) {
    DemoLoginSpec demo = model.spec().getDemoLogin();
    if (demo == null || !Boolean.TRUE.equals(demo.getEnabled())) {
      return null;
    }
    return demo.getPasswordSecretRef() == null
        ? model.names().demoLoginSecret()
        : demo.getPasswordSecretRef().getName();
  }

  private static boolean enabled(SelfInitSpec selfInit) {
    return selfInit != null && Boolean.TRUE.equals(selfInit.getEnabled());
  }
}
