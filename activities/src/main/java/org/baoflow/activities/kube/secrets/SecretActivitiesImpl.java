package org.baoflow.activities.kube.secrets;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.temporal.failure.ApplicationFailure;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import org.baoflow.activities.kube.ClusterModels;
import org.baoflow.activities.kube.KubeSettings;
import org.baoflow.activities.kube.render.BootstrapResourcesRenderer;
import org.baoflow.activities.kube.render.ClusterModel;
import org.baoflow.activities.kube.render.Labels;
import org.baoflow.activities.kube.render.PodLayout;
import org.baoflow.api.v1alpha1.DemoLoginSpec;
import org.baoflow.api.v1alpha1.SealType;
import org.baoflow.api.v1alpha1.TlsMode;
import org.baoflow.api.v1alpha1.TlsSpec;
import org.baoflow.api.v1alpha1.UnsealSpec;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.activities.SecretActivities;
import org.baoflow.workflows.model.ClusterSnapshot;

/**
 * A cluster's Secret material on Kubernetes: TLS (issued, kept, renewed or checked), the static
 * unseal key and the demo password. Generated Secrets are created once and never written again;
 * only the server certificate Secret, which is derived from the CA, is replaced when due.
 */
public final class SecretActivitiesImpl implements SecretActivities {
  /** Random bytes of a generated demo password. */
  private static final int PASSWORD_BYTES = 24;

  private final KubernetesClient kube;
  private final ServerTls serverTls;
  private final SecureRandom random = new SecureRandom();

  public SecretActivitiesImpl(KubernetesClient kube, KubeSettings settings) {
    this.kube = Objects.requireNonNull(kube, "kube");
    Objects.requireNonNull(settings, "settings");
    this.serverTls = new ServerTls(kube);
  }

  @Override
  public TlsState ensureTls(TlsRequest request) {
    ClusterModel model = ClusterModels.of(request.cluster());
    TlsSpec tls = model.spec().getTls();
    TlsMode mode = tls == null || tls.getMode() == null ? TlsMode.OPERATOR_MANAGED : tls.getMode();
    return switch (mode) {
      case ACME -> new TlsState(null, null, 0, 0, false);
      case EXTERNAL -> serverTls.checkExternal(model, request);
      case OPERATOR_MANAGED -> serverTls.ensureOperatorManaged(model, request);
    };
  }

  @Override
  public GeneratedSecret ensureUnsealKey(ClusterSnapshot cluster) {
    ClusterModel model = ClusterModels.of(cluster);
    UnsealSpec unseal = model.spec().getUnseal();
    if (unseal != null && unseal.getType() != null && unseal.getType() != SealType.STATIC) {
      return new GeneratedSecret(null, false);
    }
    String name = model.names().unsealKeySecret();
    CreateOnly.Outcome outcome =
        CreateOnly.ensure(
            kube,
            model.names().namespace(),
            name,
            () ->
                generated(model, name)
                    // A key id must always name the same bytes: an immutable Secret cannot drift.
                    .withImmutable(true)
                    .withData(
                        Map.of(
                            PodLayout.UNSEAL_KEY,
                            Base64.getEncoder()
                                .encodeToString(
                                    randomBytes(BootstrapResourcesRenderer.UNSEAL_KEY_BYTES))))
                    .build());
    byte[] key = SecretData.bytes(outcome.secret(), PodLayout.UNSEAL_KEY);
    if (key == null || key.length != BootstrapResourcesRenderer.UNSEAL_KEY_BYTES) {
      throw ApplicationFailure.newNonRetryableFailure(
          "Secret "
              + model.names().namespace()
              + "/"
              + name
              + " exists but its entry '"
              + PodLayout.UNSEAL_KEY
              + "' does not hold a "
              + BootstrapResourcesRenderer.UNSEAL_KEY_BYTES
              + "-byte key; BaoFlow never overwrites a seal key: restore the original key, or"
              + " delete the Secret if no OpenBao storage was ever sealed with it",
          FailureTypes.SECRET_CONFLICT);
    }
    return new GeneratedSecret(name, outcome.created());
  }

  @Override
  public GeneratedSecret ensureDemoPassword(ClusterSnapshot cluster) {
    ClusterModel model = ClusterModels.of(cluster);
    DemoLoginSpec demo = model.spec().getDemoLogin();
    if (demo == null
        || !Boolean.TRUE.equals(demo.getEnabled())
        || demo.getPasswordSecretRef() != null) {
      return new GeneratedSecret(null, false);
    }
    String name = model.names().demoLoginSecret();
    CreateOnly.Outcome outcome =
        CreateOnly.ensure(
            kube,
            model.names().namespace(),
            name,
            () ->
                generated(model, name)
                    .withData(
                        Map.of(
                            PodLayout.DEMO_PASSWORD_KEY,
                            Base64.getEncoder()
                                .encodeToString(
                                    Base64.getUrlEncoder()
                                        .withoutPadding()
                                        .encode(randomBytes(PASSWORD_BYTES)))))
                    .build());
    return new GeneratedSecret(name, outcome.created());
  }

  private static SecretBuilder generated(ClusterModel model, String name) {
    return new SecretBuilder()
        .withNewMetadata()
        .withNamespace(model.names().namespace())
        .withName(name)
        .withLabels(Labels.common(model.names().cluster()))
        .endMetadata()
        .withType("Opaque");
  }

  private byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }
}
