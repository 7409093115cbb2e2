package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.baoflow.api.v1alpha1.AwsKmsSealSpec;
import org.baoflow.api.v1alpha1.BackendTlsSpec;
import org.baoflow.api.v1alpha1.GatewaySpec;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BootstrapResourcesRendererTest {

  @Test
  void bootstrapRevisionGetsConfigEntrypointSelfInitAndUnsealKey() {
    List<HasMetadata> resources =
        render(BootstrapScenarios.model("dev-lane"), ConfigRevision.unrevisioned());

    assertThat(resources)
        .extracting(resource -> resource.getKind() + "/" + resource.getMetadata().getName())
        .containsExactly(
            "ConfigMap/dev-config",
            "ConfigMap/dev-entrypoint",
            "ConfigMap/dev-config-init",
            "Secret/dev-unseal-key");
    ConfigMap config = (ConfigMap) resources.get(0);
    assertThat(config.getData()).containsOnlyKeys(PodLayout.CONFIG_TEMPLATE_KEY);
    assertThat(((ConfigMap) resources.get(1)).getData()).containsOnlyKeys(PodLayout.ENTRYPOINT_KEY);
    assertThat(((ConfigMap) resources.get(2)).getData()).containsOnlyKeys(PodLayout.SELF_INIT_KEY);
  }

  @Test
  void greenRevisionGetsItsOwnConfigAndNoSelfInit() {
    List<HasMetadata> resources =
        render(BootstrapScenarios.model("dev-lane"), ConfigRevision.green("r2", "r1"));

    assertThat(resources)
        .extracting(resource -> resource.getMetadata().getName())
        .containsExactly("dev-config-r2", "dev-entrypoint", "dev-unseal-key");
    assertThat(resources.get(0).getMetadata().getLabels()).containsEntry(Labels.REVISION, "r2");
    assertThat(resources.get(1).getMetadata().getLabels()).doesNotContainKey(Labels.REVISION);
  }

  @Test
  void theUnsealKeySecretHoldsTheKeyAndCannotChange() {
    Secret secret =
        (Secret)
            render(BootstrapScenarios.model("dev-lane"), ConfigRevision.unrevisioned()).stream()
                .filter(Secret.class::isInstance)
                .findFirst()
                .orElseThrow();

    assertThat(secret.getData())
        .containsExactly(
            java.util.Map.entry(
                PodLayout.UNSEAL_KEY,
                Base64.getEncoder().encodeToString(BootstrapScenarios.UNSEAL_KEY)));
    assertThat(secret.getImmutable()).isTrue();
    assertThat(secret.getType()).isEqualTo("Opaque");
  }

  @Test
  void theStaticSealNeedsAThirtyTwoByteKeyAndSaysSoWithoutShowingIt() {
    ClusterModel model = BootstrapScenarios.model("dev-lane");
    BootstrapFiles files =
        BootstrapFiles.render(
            model, BootstrapScenarios.PLATFORM, ConfigRevision.unrevisioned(), true);
    byte[] shortKey = "sixteen-byte-key".getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(
            () ->
                BootstrapResourcesRenderer.render(
                    model, ConfigRevision.unrevisioned(), files, shortKey, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("sixteen-byte-key");
  }

  @Test
  void withoutAKeyTheUnsealKeySecretIsLeftToTheSecretActivity() {
    ClusterModel model = BootstrapScenarios.model("dev-lane");
    BootstrapFiles files =
        BootstrapFiles.render(
            model, BootstrapScenarios.PLATFORM, ConfigRevision.unrevisioned(), true);

    List<HasMetadata> resources =
        BootstrapResourcesRenderer.render(model, ConfigRevision.unrevisioned(), files, null, null);

    assertThat(resources).noneMatch(Secret.class::isInstance);
    assertThat(resources).extracting(r -> r.getMetadata().getName()).contains("dev-config-init");
  }

  @Test
  void otherSealsGetNoUnsealKeySecret() {
    assertThat(render(BootstrapScenarios.model("hardened-transit"), ConfigRevision.unrevisioned()))
        .noneMatch(Secret.class::isInstance);
  }

  @Test
  void aTerminatingGatewayWithBackendTlsGetsThePublicCa() {
    ClusterModel model = BootstrapScenarios.model("gateway-passthrough", this::terminating);

    List<HasMetadata> resources = render(model, ConfigRevision.unrevisioned());

    ConfigMap ca = (ConfigMap) resources.get(resources.size() - 1);
    assertThat(ca.getMetadata().getName()).isEqualTo("edge-tls-ca");
    assertThat(ca.getData())
        .containsExactly(java.util.Map.entry("ca.crt", BootstrapScenarios.CA_PEM));
  }

  @Test
  void theCaConfigMapNeedsTheCertificate() {
    ClusterModel model = BootstrapScenarios.model("gateway-passthrough", this::terminating);
    BootstrapFiles files =
        BootstrapFiles.render(
            model, BootstrapScenarios.PLATFORM, ConfigRevision.unrevisioned(), true);

    assertThatThrownBy(
            () ->
                BootstrapResourcesRenderer.render(
                    model,
                    ConfigRevision.unrevisioned(),
                    files,
                    BootstrapScenarios.UNSEAL_KEY,
                    " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CA certificate");
  }

  @Test
  void passthroughOrDisabledBackendTlsGetsNoCaConfigMap() {
    ClusterModel passthrough = BootstrapScenarios.model("gateway-passthrough");
    ClusterModel backendTlsOff =
        BootstrapScenarios.model(
            "gateway-passthrough",
            cluster -> {
              terminating(cluster);
              cluster.getSpec().getGateway().getBackendTLS().setEnabled(false);
            });

    assertThat(render(passthrough, ConfigRevision.unrevisioned()))
        .noneMatch(resource -> resource.getMetadata().getName().equals("edge-tls-ca"));
    assertThat(render(backendTlsOff, ConfigRevision.unrevisioned()))
        .noneMatch(resource -> resource.getMetadata().getName().equals("edge-tls-ca"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev-lane", "hardened-transit", "gateway-passthrough", "acme"})
  void everyResourceIsLabelledNamespacedAndOwned(String scenario) {
    ClusterModel model = BootstrapScenarios.model(scenario);

    for (HasMetadata resource : render(model, ConfigRevision.unrevisioned())) {
      assertThat(resource.getMetadata().getNamespace()).isEqualTo(model.names().namespace());
      assertThat(resource.getMetadata().getLabels())
          .containsAllEntriesOf(Labels.common(model.names().cluster()));
      assertThat(resource.getMetadata().getOwnerReferences())
          .containsExactly(model.owner().toOwnerReference());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev-lane", "hardened-transit", "gateway-passthrough", "acme"})
  void noSecretEverLandsInAConfigMap(String scenario) {
    String transitToken = "s.transit-token-never";
    String awsSecret = "aws-secret-never";
    ClusterModel model =
        BootstrapScenarios.model(
            scenario,
            (OpenBaoCluster cluster) -> {
              cluster
                  .getSpec()
                  .getUnseal()
                  .setAwskms(awsSecrets(cluster.getSpec().getUnseal().getAwskms(), awsSecret));
              if (cluster.getSpec().getUnseal().getTransit() != null) {
                cluster.getSpec().getUnseal().getTransit().setToken(transitToken);
              }
            });
    byte[] key = BootstrapScenarios.UNSEAL_KEY;
    List<String> secrets =
        List.of(
            Base64.getEncoder().encodeToString(key),
            HexFormat.of().formatHex(key),
            new String(key, StandardCharsets.ISO_8859_1),
            transitToken,
            awsSecret);

    for (HasMetadata resource : render(model, ConfigRevision.unrevisioned())) {
      if (resource instanceof ConfigMap configMap) {
        for (String text : configMap.getData().values()) {
          assertThat(text).doesNotContain(secrets);
          // The demo password is referenced by its environment variable, never as a value.
          assertThat(text).doesNotContainPattern("password\\s*=\\s*\"");
        }
      }
    }
  }

  @Test
  void sameInputRendersIdenticalResources() {
    String first =
        Golden.yaml(render(BootstrapScenarios.model("dev-lane"), ConfigRevision.unrevisioned()));
    String second =
        Golden.yaml(render(BootstrapScenarios.model("dev-lane"), ConfigRevision.unrevisioned()));

    assertThat(first).isEqualTo(second);
  }

  private void terminating(OpenBaoCluster cluster) {
    GatewaySpec gateway = cluster.getSpec().getGateway();
    gateway.setTlsPassthrough(false);
    gateway.setBackendTLS(new BackendTlsSpec());
  }

  private static AwsKmsSealSpec awsSecrets(AwsKmsSealSpec aws, String secret) {
    if (aws != null) {
      aws.setSecretKey(secret);
      aws.setAccessKey(secret);
    }
    return aws;
  }

  private static List<HasMetadata> render(ClusterModel model, ConfigRevision revision) {
    BootstrapFiles files =
        BootstrapFiles.render(model, BootstrapScenarios.PLATFORM, revision, true);
    return BootstrapResourcesRenderer.render(
        model, revision, files, BootstrapScenarios.UNSEAL_KEY, BootstrapScenarios.CA_PEM);
  }
}
