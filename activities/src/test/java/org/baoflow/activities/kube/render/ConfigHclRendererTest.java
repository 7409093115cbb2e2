package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.baoflow.api.v1alpha1.AcmeSpec;
import org.baoflow.api.v1alpha1.AwsKmsSealSpec;
import org.baoflow.api.v1alpha1.AzureKeyVaultSealSpec;
import org.baoflow.api.v1alpha1.GcpCloudKmsSealSpec;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.SealType;
import org.baoflow.api.v1alpha1.StaticSealSpec;
import org.baoflow.api.v1alpha1.TlsMode;
import org.baoflow.api.v1alpha1.TransitSealSpec;
import org.baoflow.api.v1alpha1.UntypedObject;
import org.baoflow.lane.sim.hcl.HclBody;
import org.baoflow.lane.sim.hcl.HclParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigHclRendererTest {
  private static final String HOSTILE = "\"}\nseal \"static\" {} ${x} %{y} %POD_NAME% \\";

  @ParameterizedTest
  @ValueSource(strings = {"dev-lane", "hardened-transit", "gateway-passthrough", "acme"})
  void everyScenarioIsWellFormedHclWithTheCoreStanzas(String scenario) {
    HclBody config = render(BootstrapScenarios.model(scenario));

    assertThat(config.keys()).startsWith("ui", "cluster_name", "api_addr", "cluster_addr");
    assertThat(config.blocks("listener")).singleElement();
    assertThat(config.blocks("storage")).singleElement();
    assertThat(config.blocks("seal")).singleElement();
    assertThat(config.block("service_registration", "kubernetes").items()).isEmpty();
    assertThat(config.block("telemetry").get("disable_hostname")).isEqualTo(true);
    assertThat(config.keys()).doesNotContain("disable_mlock", "plugin_directory");
  }

  @Test
  void addressesAndNodeIdAreThePodsOwnFromPlaceholders() {
    HclBody config = render(BootstrapScenarios.model("dev-lane"));

    assertThat(config.string("api_addr"))
        .isEqualTo("https://%POD_NAME%.dev.%POD_NAMESPACE%.svc:8200");
    assertThat(config.string("cluster_addr"))
        .isEqualTo("https://%POD_NAME%.dev.%POD_NAMESPACE%.svc:8201");
    assertThat(config.block("storage", "raft").string("node_id")).isEqualTo("%POD_NAME%");
    assertThat(config.block("storage", "raft").string("path")).isEqualTo(PodLayout.DATA_DIR);
  }

  @Test
  void listenerServesTlsFromTheMountedCertificate() {
    HclBody listener = render(BootstrapScenarios.model("dev-lane")).block("listener", "tcp");

    assertThat(listener.string("address")).isEqualTo("[::]:8200");
    assertThat(listener.string("cluster_address")).isEqualTo("[::]:8201");
    assertThat(listener.string("tls_cert_file")).isEqualTo("/etc/bao/tls/tls.crt");
    assertThat(listener.string("tls_key_file")).isEqualTo("/etc/bao/tls/tls.key");
    assertThat(listener.string("tls_client_ca_file")).isEqualTo("/etc/bao/tls/ca.crt");
    assertThat(listener.keys()).noneMatch(key -> key.startsWith("tls_acme"));
  }

  @Test
  void unrevisionedNodesJoinAnyPodOfTheClusterAsVoters() {
    HclBody raft = render(BootstrapScenarios.model("dev-lane")).block("storage", "raft");
    HclBody join = raft.block("retry_join");

    assertThat(raft.has("retry_join_as_non_voter")).isFalse();
    assertThat(join.string("auto_join"))
        .isEqualTo("provider=k8s namespace=openbao label_selector=\"openbao.org/cluster=dev\"");
    assertThat(join.string("auto_join_scheme")).isEqualTo("https");
    assertThat(join.string("leader_tls_servername")).isEqualTo("openbao-cluster-dev.local");
    assertThat(join.string("leader_ca_cert_file")).isEqualTo("/etc/bao/tls/ca.crt");
  }

  @Test
  void greenNodesJoinTheBlueRevisionAsNonVoters() {
    HclBody raft =
        HclParser.parse(
                ConfigHclRenderer.render(
                    BootstrapScenarios.model("dev-lane"), ConfigRevision.green("r2", "r1")))
            .block("storage", "raft");

    assertThat(raft.get("retry_join_as_non_voter")).isEqualTo(true);
    assertThat(raft.block("retry_join").string("auto_join"))
        .isEqualTo(
            "provider=k8s namespace=openbao"
                + " label_selector=\"openbao.org/cluster=dev,openbao.org/revision=r1\"");
  }

  @Test
  void aRevisionThatFormsTheClusterJoinsAsVoter() {
    String config =
        ConfigHclRenderer.render(BootstrapScenarios.model("dev-lane"), ConfigRevision.of("r1"));

    assertThat(HclParser.parse(config).block("storage", "raft").has("retry_join_as_non_voter"))
        .isFalse();
    assertThat(config).contains("revision r1").doesNotContain("openbao.org/revision");
  }

  @Test
  void staticSealReadsTheKeyFromTheMountedSecretWhateverTheSpecSays() {
    ClusterModel model =
        BootstrapScenarios.model(
            "dev-lane",
            cluster -> {
              StaticSealSpec seal = new StaticSealSpec();
              seal.setCurrentKeyID("key-2025");
              seal.setCurrentKey("literal-key-material-must-not-leak");
              cluster.getSpec().getUnseal().setStaticSeal(seal);
            });

    String text = ConfigHclRenderer.render(model, ConfigRevision.unrevisioned());
    HclBody seal = HclParser.parse(text).block("seal", "static");

    assertThat(seal.string("current_key_id")).isEqualTo("key-2025");
    assertThat(seal.string("current_key")).isEqualTo("file:///etc/bao/unseal/key");
    assertThat(text).doesNotContain("literal-key-material-must-not-leak");
  }

  @Test
  void transitSealRendersEverySettingButNeverTheToken() {
    ClusterModel model =
        BootstrapScenarios.model(
            "hardened-transit",
            cluster -> {
              TransitSealSpec transit = cluster.getSpec().getUnseal().getTransit();
              transit.setToken("s.never-in-a-configmap");
              transit.setNamespace("team-a");
              transit.setDisableRenewal(true);
              transit.setTlsClientCert("/etc/bao/seal/tls.crt");
              transit.setTlsClientKey("/etc/bao/seal/tls.key");
              transit.setTlsSkipVerify(false);
            });

    String text = ConfigHclRenderer.render(model, ConfigRevision.unrevisioned());
    HclBody seal = HclParser.parse(text).block("seal", "transit");

    assertThat(seal.keys())
        .containsExactly(
            "address",
            "key_name",
            "mount_path",
            "namespace",
            "disable_renewal",
            "tls_ca_cert",
            "tls_client_cert",
            "tls_client_key",
            "tls_server_name",
            "tls_skip_verify");
    assertThat(seal.string("address")).isEqualTo("https://transit.unsealer.svc:8200");
    assertThat(seal.string("key_name")).isEqualTo("prod-autounseal");
    assertThat(seal.string("mount_path")).isEqualTo("transit/");
    assertThat(seal.string("disable_renewal")).isEqualTo("true");
    assertThat(seal.string("tls_skip_verify")).isEqualTo("false");
    assertThat(text).doesNotContain("s.never-in-a-configmap");
  }

  @Test
  void awsKmsSealLeavesCredentialsToTheEnvironment() {
    ClusterModel model =
        BootstrapScenarios.model(
            "acme",
            cluster -> {
              AwsKmsSealSpec aws = cluster.getSpec().getUnseal().getAwskms();
              aws.setEndpoint("https://kms.internal");
              aws.setAccessKey("AKIA-NEVER");
              aws.setSecretKey("secret-never");
              aws.setSessionToken("session-never");
            });

    String text = ConfigHclRenderer.render(model, ConfigRevision.unrevisioned());
    HclBody seal = HclParser.parse(text).block("seal", "awskms");

    assertThat(seal.keys()).containsExactly("region", "kms_key_id", "endpoint");
    assertThat(text).doesNotContain("AKIA-NEVER", "secret-never", "session-never");
  }

  @Test
  void gcpCkmsSealRendersItsKeyLocation() {
    ClusterModel model =
        withSeal(
            SealType.GCPCKMS,
            cluster -> {
              GcpCloudKmsSealSpec gcp = new GcpCloudKmsSealSpec();
              gcp.setProject("proj");
              gcp.setRegion("europe-west4");
              gcp.setKeyRing("ring");
              gcp.setCryptoKey("key");
              gcp.setCredentials("/etc/bao/seal/credentials.json");
              cluster.getSpec().getUnseal().setGcpCloudKMS(gcp);
            });

    HclBody seal =
        HclParser.parse(ConfigHclRenderer.render(model, ConfigRevision.unrevisioned()))
            .block("seal", "gcpckms");

    assertThat(seal.keys())
        .containsExactly("project", "region", "key_ring", "crypto_key", "credentials");
    assertThat(seal.string("crypto_key")).isEqualTo("key");
  }

  @Test
  void azureKeyVaultSealLeavesTheClientSecretToTheEnvironment() {
    ClusterModel model =
        withSeal(
            SealType.AZUREKEYVAULT,
            cluster -> {
              AzureKeyVaultSealSpec azure = new AzureKeyVaultSealSpec();
              azure.setTenantID("tenant");
              azure.setClientID("client");
              azure.setClientSecret("azure-secret-never");
              azure.setVaultName("vault");
              azure.setKeyName("key");
              azure.setEnvironment("AZUREPUBLICCLOUD");
              cluster.getSpec().getUnseal().setAzureKeyVault(azure);
            });

    String text = ConfigHclRenderer.render(model, ConfigRevision.unrevisioned());
    HclBody seal = HclParser.parse(text).block("seal", "azurekeyvault");

    assertThat(seal.keys())
        .containsExactly("tenant_id", "client_id", "vault_name", "key_name", "environment");
    assertThat(text).doesNotContain("azure-secret-never");
  }

  @Test
  void refusesSealsItCannotRender() {
    ClusterModel kmip =
        withSeal(
            SealType.KMIP, cluster -> cluster.getSpec().getUnseal().setKmip(new UntypedObject()));
    ClusterModel transitWithoutSettings = withSeal(SealType.TRANSIT, cluster -> {});

    assertThatThrownBy(() -> ConfigHclRenderer.render(kmip, ConfigRevision.unrevisioned()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kmip");
    assertThatThrownBy(
            () -> ConfigHclRenderer.render(transitWithoutSettings, ConfigRevision.unrevisioned()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("transit");
  }

  @Test
  void acmeModeTakesCertificatesFromTheAcmeServerAndVerifiesPeersByTheFirstDomain() {
    HclBody config = render(BootstrapScenarios.model("acme"));
    HclBody listener = config.block("listener", "tcp");
    HclBody join = config.block("storage", "raft").block("retry_join");

    assertThat(listener.string("tls_acme_ca_directory"))
        .isEqualTo("https://acme.internal.example/acme/directory");
    assertThat(listener.list("tls_acme_domains")).containsExactly("bao.example.com");
    assertThat(listener.string("tls_acme_email")).isEqualTo("ops@example.com");
    assertThat(listener.get("tls_acme_disable_http_challenge")).isEqualTo(true);
    assertThat(listener.string("tls_acme_ca_root")).isEqualTo("/etc/bao/seal-creds/acme-ca.crt");
    assertThat(listener.keys())
        .doesNotContain("tls_cert_file", "tls_key_file", "tls_client_ca_file");
    assertThat(join.string("leader_tls_servername")).isEqualTo("bao.example.com");
    assertThat(join.string("leader_ca_cert_file")).isEqualTo("/etc/bao/seal-creds/acme-ca.crt");
  }

  @Test
  void acmeDomainsDefaultToTheAcmeServiceAndPublicRootsNeedNoCaFile() {
    ClusterModel model =
        BootstrapScenarios.model(
            "acme",
            cluster -> {
              AcmeSpec acme = new AcmeSpec();
              acme.setDirectoryURL("https://acme-v02.api.letsencrypt.org/directory");
              cluster.getSpec().getTls().setAcme(acme);
              cluster.getSpec().setConfiguration(null);
            });

    HclBody config = render(model);

    assertThat(config.block("listener", "tcp").list("tls_acme_domains"))
        .containsExactly("public-acme.openbao.svc");
    assertThat(config.block("listener", "tcp").keys())
        .doesNotContain("tls_acme_email", "tls_acme_ca_root");
    HclBody join = config.block("storage", "raft").block("retry_join");
    assertThat(join.string("leader_tls_servername")).isEqualTo("public-acme.openbao.svc");
    assertThat(join.has("leader_ca_cert_file")).isFalse();
  }

  @Test
  void generalSettingsComeFromTheConfigurationSection() {
    HclBody config = render(BootstrapScenarios.model("hardened-transit"));

    assertThat(config.string("log_level")).isEqualTo("warn");
    assertThat(config.string("log_format")).isEqualTo("json");
    assertThat(config.string("default_lease_ttl")).isEqualTo("1h");
    assertThat(config.string("max_lease_ttl")).isEqualTo("24h");
    assertThat(config.block("storage", "raft").get("performance_multiplier")).hasToString("1");
  }

  @Test
  void hostileUserValuesStayInsideTheirStrings() {
    ClusterModel model =
        BootstrapScenarios.model(
            "hardened-transit",
            cluster -> {
              TransitSealSpec transit = cluster.getSpec().getUnseal().getTransit();
              transit.setKeyName(HOSTILE);
              transit.setMountPath(HOSTILE + "2");
              cluster.getSpec().getConfiguration().getLogging().setFile(HOSTILE + "3");
            });

    String text = ConfigHclRenderer.render(model, ConfigRevision.unrevisioned());
    HclBody config = HclParser.parse(text);

    assertThat(config.blocks("seal")).singleElement();
    assertThat(config.block("seal", "transit").string("key_name")).isEqualTo(HOSTILE);
    assertThat(config.block("seal", "transit").string("mount_path")).isEqualTo(HOSTILE + "2");
    assertThat(config.string("log_file")).isEqualTo(HOSTILE + "3");
    // Only the renderer's own placeholders remain for the entrypoint to fill in.
    assertThat(text.split(PodIdentityPlaceholders.POD_NAME, -1)).hasSize(4);
  }

  @Test
  void sameInputRendersTheSameText() {
    assertThat(
            ConfigHclRenderer.render(
                BootstrapScenarios.model("hardened-transit"), ConfigRevision.unrevisioned()))
        .isEqualTo(
            ConfigHclRenderer.render(
                BootstrapScenarios.model("hardened-transit"), ConfigRevision.unrevisioned()));
  }

  private static HclBody render(ClusterModel model) {
    return HclParser.parse(ConfigHclRenderer.render(model, ConfigRevision.unrevisioned()));
  }

  private static ClusterModel withSeal(
      SealType type, java.util.function.Consumer<OpenBaoCluster> settings) {
    return BootstrapScenarios.model(
        "acme",
        cluster -> {
          cluster.getSpec().getUnseal().setType(type);
          cluster.getSpec().getUnseal().setAwskms(null);
          cluster.getSpec().getTls().setMode(TlsMode.EXTERNAL);
          settings.accept(cluster);
        });
  }
}
