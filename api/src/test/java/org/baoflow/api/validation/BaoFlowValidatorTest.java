package org.baoflow.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baoflow.api.testing.BothValidators;
import org.baoflow.api.testing.Yaml;
import org.baoflow.api.v1alpha1.BackupSpec;
import org.baoflow.api.v1alpha1.BackupTarget;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.Profile;
import org.baoflow.api.v1alpha1.SecretRef;
import org.baoflow.api.v1alpha1.StorageSpec;
import org.baoflow.api.v1alpha1.TlsSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BaoFlowValidatorTest {
  private static final KubernetesSerialization JSON = new KubernetesSerialization();
  private static final Path DEV_LANE = Path.of("..", "deploy", "samples", "dev-lane.yaml");

  private static OpenBaoCluster javaBuiltCluster() {
    OpenBaoClusterSpec spec = new OpenBaoClusterSpec();
    spec.setProfile(Profile.DEVELOPMENT);
    spec.setVersion("2.4.4");
    StorageSpec storage = new StorageSpec();
    storage.setSize("1Gi");
    spec.setStorage(storage);
    TlsSpec tls = new TlsSpec();
    tls.setRotationPeriod("720h");
    spec.setTls(tls);
    OpenBaoCluster cluster = new OpenBaoCluster();
    cluster.setMetadata(new ObjectMetaBuilder().withName("dev").withNamespace("openbao").build());
    cluster.setSpec(spec);
    return cluster;
  }

  @Test
  void javaBuiltSpecsGetTheServerDefaultsBeforeTheRules() {
    OpenBaoCluster cluster = javaBuiltCluster();
    assertThat(BaoFlowValidator.validate(cluster).violations()).isEmpty();
    // The validator defaults a copy: the caller's spec stays as it was built.
    assertThat(cluster.getSpec().getTls().getEnabled()).isNull();
    assertThat(cluster.getSpec().getReplicas()).isNull();

    cluster.getSpec().getTls().setEnabled(false);
    assertThat(BaoFlowValidator.validate(cluster).messages()).containsExactly(Messages.TLS_ENABLED);
  }

  @Test
  void schemaConstraintsHoldForSpecsThatNeverMetAnApiServer() {
    OpenBaoCluster cluster = javaBuiltCluster();
    cluster.getSpec().setVersion(null);
    cluster.getSpec().setReplicas(11);
    BackupTarget target = new BackupTarget();
    target.setEndpoint("https://s3.example.com");
    target.setBucket("Not_A_Bucket");
    BackupSpec backup = new BackupSpec();
    backup.setSchedule("0 3 * * *");
    backup.setTarget(target);
    cluster.getSpec().setBackup(backup);
    assertThat(BaoFlowValidator.validate(cluster).violations())
        .extracting(Violation::field)
        .containsExactlyInAnyOrder("spec.version", "spec.replicas", "spec.backup.target.bucket");
  }

  @Test
  void aJavaBuiltClusterWithoutMetadataStillHasItsSecretRefsChecked() {
    OpenBaoCluster cluster = javaBuiltCluster();
    cluster.setMetadata(null);
    BackupTarget target = new BackupTarget();
    target.setEndpoint("https://s3.example.com");
    target.setBucket("backups");
    SecretRef credentials = new SecretRef();
    credentials.setName("s3");
    credentials.setNamespace("elsewhere");
    target.setCredentialsSecretRef(credentials);
    BackupSpec backup = new BackupSpec();
    backup.setSchedule("0 3 * * *");
    backup.setTarget(target);
    cluster.getSpec().setBackup(backup);
    assertThat(BaoFlowValidator.validate(cluster).messages())
        .containsExactly(
            Messages.secretRefNamespace("spec.backup.target.credentialsSecretRef", null));
  }

  @Test
  void aScheduleThatNeverFiresIsRefusedNamingTheField() {
    OpenBaoCluster cluster = javaBuiltCluster();
    BackupTarget target = new BackupTarget();
    target.setEndpoint("https://s3.example.com");
    target.setBucket("backups");
    BackupSpec backup = new BackupSpec();
    backup.setSchedule("0 0 30 2 *");
    backup.setTarget(target);
    cluster.getSpec().setBackup(backup);

    assertThat(BaoFlowValidator.validate(cluster).messages())
        .containsExactly(Messages.cronInvalid("spec.backup.schedule", "it never fires"));
  }

  @Test
  void aResourceWithoutSpecIsInvalid() {
    OpenBaoCluster cluster = javaBuiltCluster();
    cluster.setSpec(null);
    assertThat(BaoFlowValidator.validate(cluster).messages())
        .containsExactly(Messages.SPEC_REQUIRED);
  }

  @Test
  void validatingLeavesTheResourceUnchanged() throws IOException {
    OpenBaoCluster cluster = JSON.convertValue(Yaml.read(DEV_LANE), OpenBaoCluster.class);
    String before = JSON.asJson(cluster);
    BaoFlowValidator.validateUpdate(cluster, cluster);
    assertThat(JSON.asJson(cluster)).isEqualTo(before);
  }

  @ParameterizedTest
  @CsvSource({"1Gi, 1Gi", "1Gi, 2Gi", "1Gi, 1100M", "1000Mi, 1Gi", "1.5Gi, 2Gi", "1Gi, 1073741824"})
  void volumesMayGrowOrStay(String from, String to) throws IOException {
    Map<String, Object> old = withStorageSize(from);
    Map<String, Object> updated = withStorageSize(to);
    assertThat(BothValidators.cel(old, updated)).isEmpty();
    assertThat(BothValidators.java(old, updated).violations()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://s3.eu-west-1.amazonaws.com",
        "https://minio.example.com:9000/",
        "http://rustfs.rustfs.svc:9000",
        "http://rustfs.rustfs.svc.cluster.local:9000/",
        "http://rustfs.rustfs.svc",
        "http://rustfs:9000",
        "http://rustfs.rustfs.svc.example.com",
        "https://LOCALHOST:9000",
        "https://localhost.",
        "https://s3.localhost:9000",
        "https://user:pass@127.0.0.1/",
        "https://2130706433/",
        "https://0x7f000001",
        "https://127.1",
        "https://[fe80::1]:9000",
        "https://169.254.169.254",
        "https://10.0.0.1.nip.io",
        "https://1password.example.com"
      })
  void celAndJavaJudgeBackupEndpointsAlike(String endpoint) throws IOException {
    Map<String, Object> resource = Yaml.read(DEV_LANE);
    backupTarget(resource).put("endpoint", endpoint);
    assertThat(BothValidators.java(null, resource).messages())
        .containsExactlyInAnyOrderElementsOf(BothValidators.cel(null, resource));
  }

  @Test
  void endpointChecksRejectWhatTheyShould() throws IOException {
    Map<String, Object> resource = Yaml.read(DEV_LANE);
    for (String endpoint : List.of("https://2130706433/", "https://[fe80::1]:9000")) {
      backupTarget(resource).put("endpoint", endpoint);
      assertThat(BothValidators.cel(null, resource))
          .containsExactly(Messages.BACKUP_ENDPOINT_LOCAL);
    }
    backupTarget(resource).put("endpoint", "http://rustfs.rustfs.svc.cluster.local:9000/");
    assertThat(BothValidators.cel(null, resource)).isEmpty();
  }

  @Test
  void secretRefsInTheResourcesNamespaceAreFine() throws IOException {
    Map<String, Object> resource = Yaml.read(DEV_LANE);
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("name", "rustfs-credentials");
    ref.put("namespace", "openbao");
    backupTarget(resource).put("credentialsSecretRef", ref);
    assertThat(BothValidators.java(null, resource).violations()).isEmpty();
  }

  private static Map<String, Object> withStorageSize(String size) throws IOException {
    Map<String, Object> resource = Yaml.read(DEV_LANE);
    asMap(asMap(resource.get("spec")).get("storage")).put("size", size);
    return resource;
  }

  private static Map<String, Object> backupTarget(Map<String, Object> resource) {
    return asMap(asMap(asMap(resource.get("spec")).get("backup")).get("target"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }
}
