package org.baoflow.activities.kube.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.temporal.failure.ApplicationFailure;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.baoflow.activities.kube.ClusterModels;
import org.baoflow.activities.kube.KubeSettings;
import org.baoflow.activities.kube.render.ClusterModel;
import org.baoflow.activities.kube.render.Labels;
import org.baoflow.activities.kube.render.ServerSanRequests;
import org.baoflow.activities.lane.LaneClusterFixture;
import org.baoflow.activities.pki.CertificateAuthority;
import org.baoflow.activities.pki.CertificateFingerprint;
import org.baoflow.activities.pki.IssuedCertificate;
import org.baoflow.activities.pki.PemCodec;
import org.baoflow.activities.pki.SanRequest;
import org.baoflow.activities.pki.ServerSans;
import org.baoflow.activities.pki.SubjectAltNames;
import org.baoflow.api.v1alpha1.SecretRef;
import org.baoflow.api.v1alpha1.TlsMode;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.activities.SecretActivities.GeneratedSecret;
import org.baoflow.workflows.activities.SecretActivities.TlsRequest;
import org.baoflow.workflows.activities.SecretActivities.TlsState;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generated material against the lane's Kubernetes API: created once, kept, renewed when due. */
class SecretActivitiesImplTest {
  private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
  private static final Duration ROTATION_PERIOD = Duration.ofHours(720);

  private static Lane lane;
  private static KubernetesClient kube;
  private static SecretActivitiesImpl activities;

  @BeforeAll
  static void startLane() {
    lane = Lane.builder().start();
    kube = lane.client();
    activities =
        new SecretActivitiesImpl(
            kube, KubeSettings.of(LaneClusterFixture.PLATFORM, Duration.ofMillis(100)));
  }

  @AfterAll
  static void closeLane() {
    lane.close();
  }

  @Test
  void theUnsealKeyIsCreatedOnceAndThenKept() {
    ClusterSnapshot cluster = cluster("unseal");

    GeneratedSecret first = activities.ensureUnsealKey(cluster);
    byte[] key = unsealKey(cluster);
    GeneratedSecret second = activities.ensureUnsealKey(cluster);

    assertThat(first).isEqualTo(new GeneratedSecret("unseal-unseal-key", true));
    assertThat(second).isEqualTo(new GeneratedSecret("unseal-unseal-key", false));
    assertThat(key).hasSize(32);
    assertThat(unsealKey(cluster)).isEqualTo(key);
    Secret stored = secret(cluster, "unseal-unseal-key");
    assertThat(stored.getMetadata().getLabels()).containsAllEntriesOf(Labels.common("unseal"));
    assertThat(stored.getMetadata().getOwnerReferences()).isNullOrEmpty();
    assertThat(first.toString() + second).doesNotContain(Base64.getEncoder().encodeToString(key));
  }

  @Test
  void anUnsealKeySecretOfTheWrongLengthIsAConflictAndStaysAsItIs() {
    ClusterSnapshot cluster = cluster("short-key");
    Secret existing =
        kube.resource(
                new SecretBuilder()
                    .withNewMetadata()
                    .withNamespace(cluster.ref().namespace())
                    .withName("short-key-unseal-key")
                    .endMetadata()
                    .addToData("key", Base64.getEncoder().encodeToString(new byte[16]))
                    .build())
            .create();

    assertThatThrownBy(() -> activities.ensureUnsealKey(cluster))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.getType()).isEqualTo(FailureTypes.SECRET_CONFLICT);
              assertThat(failure.isNonRetryable()).isTrue();
              assertThat(failure.getOriginalMessage()).contains("short-key-unseal-key");
            });
    Secret after = secret(cluster, "short-key-unseal-key");
    assertThat(after.getData()).isEqualTo(existing.getData());
    assertThat(after.getMetadata().getResourceVersion())
        .isEqualTo(existing.getMetadata().getResourceVersion());
  }

  @Test
  void theDemoPasswordIsCreatedOnceAndOnlyWithoutAUserSecret() {
    ClusterSnapshot cluster = cluster("demo");

    GeneratedSecret first = activities.ensureDemoPassword(cluster);
    String password = new String(decoded(secret(cluster, "demo-demo-login"), "password"));
    GeneratedSecret second = activities.ensureDemoPassword(cluster);

    assertThat(first).isEqualTo(new GeneratedSecret("demo-demo-login", true));
    assertThat(second).isEqualTo(new GeneratedSecret("demo-demo-login", false));
    assertThat(password).hasSizeGreaterThanOrEqualTo(24);
    assertThat(new String(decoded(secret(cluster, "demo-demo-login"), "password")))
        .isEqualTo(password);

    ClusterSnapshot ownPassword = cluster("own-password");
    SecretRef ref = new SecretRef();
    ref.setName("my-password");
    ownPassword.spec().getDemoLogin().setPasswordSecretRef(ref);
    assertThat(activities.ensureDemoPassword(ownPassword))
        .isEqualTo(new GeneratedSecret(null, false));
    assertThat(secret(ownPassword, "own-password-demo-login")).isNull();
  }

  @Test
  void theServerCertificateIsIssuedKeptAndReissuedWhenDue() throws Exception {
    ClusterSnapshot cluster = cluster("tls");

    TlsState issued = activities.ensureTls(new TlsRequest(cluster, 3, NOW.toEpochMilli()));
    TlsState kept = activities.ensureTls(new TlsRequest(cluster, 3, NOW.toEpochMilli()));

    assertThat(issued.issued()).isTrue();
    assertThat(issued.caFingerprint()).isNotBlank();
    assertThat(issued.renewAtMillis())
        .isEqualTo(issued.notAfterMillis() - ROTATION_PERIOD.toMillis());
    assertThat(serverCertificate(cluster).getNotBefore().toInstant()).isBefore(NOW);
    assertThat(CertificateFingerprint.sha256Hex(serverCertificate(cluster)))
        .isEqualTo(issued.certificateHash());
    assertThat(kept)
        .isEqualTo(
            new TlsState(
                issued.caFingerprint(),
                issued.certificateHash(),
                issued.notAfterMillis(),
                issued.renewAtMillis(),
                false));
    Secret ca = secret(cluster, "tls-tls-ca");
    assertThat(ca.getMetadata().getOwnerReferences()).isNullOrEmpty();
    assertThat(ca.getMetadata().getLabels()).containsAllEntriesOf(Labels.common("tls"));

    TlsState grown = activities.ensureTls(new TlsRequest(cluster, 5, NOW.toEpochMilli()));

    assertThat(grown).as("new pods are covered by the headless Service's wildcard").isEqualTo(kept);
    assertThat(activities.ensureTls(new TlsRequest(cluster, 1, NOW.toEpochMilli())).issued())
        .as("fewer pods need no new certificate")
        .isFalse();

    TlsState renewed = activities.ensureTls(new TlsRequest(cluster, 5, grown.renewAtMillis() + 1));

    assertThat(renewed.issued()).isTrue();
    assertThat(renewed.caFingerprint()).isEqualTo(issued.caFingerprint());
    assertThat(renewed.certificateHash()).isNotEqualTo(grown.certificateHash());
    assertThat(SubjectAltNames.of(serverCertificate(cluster)).dnsNames())
        .as("a new certificate lists every pod literally")
        .contains("tls-4.tls.openbao.svc");
    assertThat(renewed.renewAtMillis()).isGreaterThan(grown.renewAtMillis());
    assertThat(secret(cluster, "tls-tls-ca").getData()).isEqualTo(ca.getData());
    assertThat(List.of(issued, kept, grown, renewed).toString()).doesNotContain("BEGIN");
  }

  @Test
  void externalTlsWithoutItsSecretIsInvalidTls() {
    ClusterSnapshot cluster = cluster("ext-missing");
    cluster.spec().getTls().setMode(TlsMode.EXTERNAL);

    assertThatThrownBy(() -> activities.ensureTls(new TlsRequest(cluster, 3, NOW.toEpochMilli())))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.getType()).isEqualTo(FailureTypes.INVALID_TLS);
              assertThat(failure.isNonRetryable()).isTrue();
              assertThat(failure.getOriginalMessage()).contains("ext-missing-tls-server");
            });
  }

  @Test
  void usableExternalTlsIsReportedWithoutRenewal() {
    ClusterSnapshot cluster = cluster("ext");
    cluster.spec().getTls().setMode(TlsMode.EXTERNAL);
    ClusterModel model = ClusterModels.of(cluster);
    CertificateAuthority ca = CertificateAuthority.create("ext", NOW);
    IssuedCertificate server =
        ca.issueServerCertificate(
            "ext",
            cluster.ref().namespace(),
            ServerSans.compute(
                ServerSanRequests.of(model, List.of(new SanRequest.PodSet("ext", 3)))),
            NOW);
    kube.resource(
            new SecretBuilder()
                .withNewMetadata()
                .withNamespace(cluster.ref().namespace())
                .withName("ext-tls-server")
                .endMetadata()
                .addToStringData(
                    Map.of(
                        "tls.crt",
                        PemCodec.encodeCertificates(List.of(server.certificate())),
                        "tls.key",
                        PemCodec.encodePrivateKey(server.privateKey()),
                        "ca.crt",
                        PemCodec.encodeCertificates(List.of(ca.certificate()))))
                .build())
        .create();

    TlsState state = activities.ensureTls(new TlsRequest(cluster, 3, NOW.toEpochMilli()));

    assertThat(state)
        .isEqualTo(
            new TlsState(
                CertificateFingerprint.sha256Hex(ca.certificate()),
                CertificateFingerprint.sha256Hex(server.certificate()),
                server.certificate().getNotAfter().toInstant().toEpochMilli(),
                0,
                false));
    long afterExpiry = server.certificate().getNotAfter().toInstant().plusSeconds(1).toEpochMilli();
    assertThatThrownBy(() -> activities.ensureTls(new TlsRequest(cluster, 3, afterExpiry)))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.getType()).isEqualTo(FailureTypes.INVALID_TLS);
              assertThat(failure.getOriginalMessage())
                  .contains("ext-tls-server", "expired")
                  .doesNotContain("PRIVATE KEY");
            });
  }

  @Test
  void acmeNeedsNothing() {
    ClusterSnapshot cluster = cluster("acme");
    cluster.spec().getTls().setMode(TlsMode.ACME);

    assertThat(activities.ensureTls(new TlsRequest(cluster, 3, NOW.toEpochMilli())))
        .isEqualTo(new TlsState(null, null, 0, 0, false));
    assertThat(secret(cluster, "acme-tls-ca")).isNull();
  }

  private static ClusterSnapshot cluster(String name) {
    ClusterSnapshot cluster = LaneClusterFixture.snapshot(LaneClusterFixture.DEV_SAMPLE, name, 3);
    LaneClusterFixture.createNamespaces(kube, cluster.ref().namespace());
    return cluster;
  }

  private static Secret secret(ClusterSnapshot cluster, String name) {
    return kube.secrets().inNamespace(cluster.ref().namespace()).withName(name).get();
  }

  private static byte[] unsealKey(ClusterSnapshot cluster) {
    return decoded(secret(cluster, cluster.ref().name() + "-unseal-key"), "key");
  }

  private static byte[] decoded(Secret secret, String key) {
    return Base64.getDecoder().decode(secret.getData().get(key));
  }

  private static X509Certificate serverCertificate(ClusterSnapshot cluster) {
    return PemCodec.decodeCertificates(
            new String(decoded(secret(cluster, cluster.ref().name() + "-tls-server"), "tls.crt")))
        .get(0);
  }
}
