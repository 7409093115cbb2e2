package org.baoflow.activities.kube.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.temporal.failure.ApplicationFailure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.baoflow.activities.kube.KubeSettings;
import org.baoflow.activities.kube.render.ResourceNames;
import org.baoflow.activities.lane.LaneClusterFixture;
import org.baoflow.activities.pki.CertificateAuthority;
import org.baoflow.activities.pki.PemCodec;
import org.baoflow.api.v1alpha1.BackendTlsSpec;
import org.baoflow.api.v1alpha1.GatewayRef;
import org.baoflow.api.v1alpha1.GatewaySpec;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.SealType;
import org.baoflow.api.v1alpha1.TlsMode;
import org.baoflow.api.v1alpha1.TlsSpec;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.activities.ResourceActivities.AppliedResource;
import org.baoflow.workflows.activities.ResourceActivities.ApplyRequest;
import org.baoflow.workflows.activities.ResourceActivities.ApplyResult;
import org.baoflow.workflows.activities.ResourceActivities.Outcome;
import org.baoflow.workflows.activities.ResourceActivities.Stage;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each stage against the lane's Kubernetes API: owned, idempotent, patched, pruned. */
class ResourceActivitiesImplTest {
  private static final String CERTIFICATE_HASH = "c0ffee";

  private static Lane lane;
  private static KubernetesClient kube;
  private static ResourceActivitiesImpl activities;

  @BeforeAll
  static void startLane() {
    lane = Lane.builder().start();
    kube = lane.client();
    activities =
        new ResourceActivitiesImpl(
            kube, KubeSettings.of(LaneClusterFixture.PLATFORM, Duration.ofMillis(100)));
  }

  @AfterAll
  static void closeLane() {
    lane.close();
  }

  @Test
  void everyStageAppliesOwnedResourcesAndAgainChangesNothing() {
    ClusterSnapshot cluster = createCluster("apply-all");

    Map<Stage, ApplyResult> first = applyAll(cluster, 1, true);

    List<AppliedResource> created = all(first);
    assertThat(created).isNotEmpty().allMatch(r -> r.outcome() == Outcome.CREATED);
    assertThat(created)
        .extracting(AppliedResource::kind)
        .contains(
            "ServiceAccount",
            "Role",
            "RoleBinding",
            "ConfigMap",
            "Service",
            "NetworkPolicy",
            "StatefulSet")
        .doesNotContain("Secret");
    assertThat(first.get(Stage.WORKLOAD).resources())
        .extracting(AppliedResource::kind)
        .containsExactly("StatefulSet");
    for (AppliedResource resource : created) {
      HasMetadata stored = stored(cluster, resource);
      assertThat(stored.getMetadata().getOwnerReferences())
          .extracting(OwnerReference::getUid)
          .containsExactly(cluster.ref().uid());
      assertThat(stored.getMetadata().getManagedFields())
          .extracting(ManagedFieldsEntry::getManager)
          .contains(KubeSettings.FIELD_MANAGER);
    }

    List<AppliedResource> again = all(applyAll(cluster, 1, true));

    assertThat(again).allMatch(r -> r.outcome() == Outcome.UNCHANGED);
    assertThat(again)
        .extracting(AppliedResource::managedHash)
        .containsExactlyElementsOf(created.stream().map(AppliedResource::managedHash).toList());
  }

  @Test
  void moreReplicasPatchTheStatefulSetAndChangeItsHash() {
    ClusterSnapshot cluster = createCluster("scale");
    AppliedResource before = applyAll(cluster, 1, true).get(Stage.WORKLOAD).resources().get(0);

    AppliedResource after =
        activities
            .apply(new ApplyRequest(cluster, Stage.WORKLOAD, 3, true, CERTIFICATE_HASH))
            .resources()
            .get(0);

    assertThat(after.outcome()).isEqualTo(Outcome.PATCHED);
    assertThat(after.managedHash()).isNotEqualTo(before.managedHash());
    assertThat(
            kube.apps()
                .statefulSets()
                .inNamespace(cluster.ref().namespace())
                .withName(cluster.ref().name())
                .get()
                .getSpec()
                .getReplicas())
        .isEqualTo(3);
  }

  @Test
  void afterBootstrapTheSelfInitConfigMapIsDeletedAndNoLongerMounted() {
    ClusterSnapshot cluster = createCluster("bootstrapped");
    ResourceNames names = new ResourceNames(cluster.ref().name(), cluster.ref().namespace());
    applyAll(cluster, 1, true);
    assertThat(configMap(cluster, names.selfInitConfigMap())).isNotNull();

    Map<Stage, ApplyResult> after = applyAll(cluster, 3, false);

    assertThat(after.get(Stage.CONFIGURATION).resources())
        .contains(
            new AppliedResource("ConfigMap", names.selfInitConfigMap(), Outcome.DELETED, null));
    assertThat(configMap(cluster, names.selfInitConfigMap())).isNull();
    StatefulSet statefulSet =
        kube.apps()
            .statefulSets()
            .inNamespace(cluster.ref().namespace())
            .withName(names.statefulSet(null))
            .get();
    assertThat(statefulSet.getSpec().getTemplate().getSpec().getVolumes())
        .extracting(Volume::getConfigMap)
        .noneMatch(c -> c != null && names.selfInitConfigMap().equals(c.getName()));
    assertThat(after.get(Stage.WORKLOAD).resources())
        .extracting(AppliedResource::outcome)
        .containsExactly(Outcome.PATCHED);
  }

  @Test
  void aSpecTheRenderersRefuseIsANonRetryableInvalidSpec() {
    ClusterSnapshot cluster = createCluster("invalid");
    cluster.spec().getUnseal().setType(SealType.TRANSIT);

    assertThatThrownBy(
            () ->
                activities.apply(
                    new ApplyRequest(cluster, Stage.CONFIGURATION, 1, true, CERTIFICATE_HASH)))
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.getType()).isEqualTo(FailureTypes.INVALID_SPEC);
              assertThat(failure.isNonRetryable()).isTrue();
              assertThat(failure.getOriginalMessage()).contains("transit");
            });
  }

  @Test
  void withExternalTlsTheGatewayCaComesFromTheServerSecretBaoFlowChecks() {
    ClusterSnapshot cluster = createCluster("ext-edge");
    cluster.spec().setGateway(terminatingGateway());
    TlsSpec tls = new TlsSpec();
    tls.setMode(TlsMode.EXTERNAL);
    cluster.spec().setTls(tls);
    String caPem = createCaSecret(cluster, "ext-edge-tls-server");

    activities.apply(new ApplyRequest(cluster, Stage.CONFIGURATION, 1, true, CERTIFICATE_HASH));

    assertThat(configMap(cluster, "ext-edge-tls-ca").getData()).containsEntry("ca.crt", caPem);
    assertThat(secret(cluster, "ext-edge-tls-ca")).as("no CA Secret is needed").isNull();
  }

  /** A Secret {@code name} holding a new CA's certificate as {@code ca.crt}; returns its PEM. */
  private static String createCaSecret(ClusterSnapshot cluster, String name) {
    String caPem =
        PemCodec.encodeCertificates(
            List.of(
                CertificateAuthority.create(cluster.ref().name(), Instant.now()).certificate()));
    kube.resource(
            new SecretBuilder()
                .withNewMetadata()
                .withNamespace(cluster.ref().namespace())
                .withName(name)
                .endMetadata()
                .addToData(
                    "ca.crt",
                    Base64.getEncoder().encodeToString(caPem.getBytes(StandardCharsets.UTF_8)))
                .build())
        .create();
    return caPem;
  }

  private static GatewaySpec terminatingGateway() {
    GatewayRef gatewayRef = new GatewayRef();
    gatewayRef.setName("shared-gateway");
    gatewayRef.setNamespace("gateway-system");
    GatewaySpec gateway = new GatewaySpec();
    gateway.setEnabled(true);
    gateway.setGatewayRef(gatewayRef);
    gateway.setHostname("bao.example.com");
    BackendTlsSpec backendTls = new BackendTlsSpec();
    backendTls.setEnabled(true);
    gateway.setBackendTLS(backendTls);
    return gateway;
  }

  @Test
  void aGatewayGetsTheCaConfigMapAndRoutesWhichGoWhenTheEdgeIsDisabled() {
    ClusterSnapshot cluster = createCluster("edge");
    cluster.spec().setGateway(terminatingGateway());
    ApplyRequest configuration =
        new ApplyRequest(cluster, Stage.CONFIGURATION, 1, true, CERTIFICATE_HASH);

    assertThatThrownBy(() -> activities.apply(configuration))
        .as("retried until the TLS step created the CA Secret")
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("edge-tls-ca");

    String caPem = createCaSecret(cluster, "edge-tls-ca");
    Map<Stage, ApplyResult> withEdge = applyAll(cluster, 1, true);

    assertThat(withEdge.get(Stage.CONFIGURATION).resources())
        .filteredOn(r -> r.name().equals("edge-tls-ca"))
        .extracting(AppliedResource::kind, AppliedResource::outcome)
        .containsExactly(tuple("ConfigMap", Outcome.CREATED));
    assertThat(configMap(cluster, "edge-tls-ca").getData()).containsEntry("ca.crt", caPem);
    assertThat(withEdge.get(Stage.NETWORK).resources())
        .extracting(AppliedResource::kind)
        .contains("HTTPRoute", "BackendTLSPolicy");

    cluster.spec().getGateway().setEnabled(false);
    Map<Stage, ApplyResult> withoutEdge = applyAll(cluster, 1, true);

    assertThat(withoutEdge.get(Stage.NETWORK).resources())
        .filteredOn(r -> r.outcome() == Outcome.DELETED)
        .extracting(AppliedResource::kind, AppliedResource::name)
        .containsExactlyInAnyOrder(
            tuple("HTTPRoute", "edge-httproute"),
            tuple("BackendTLSPolicy", "edge-backend-tls-policy"));
    assertThat(withoutEdge.get(Stage.CONFIGURATION).resources())
        .contains(new AppliedResource("ConfigMap", "edge-tls-ca", Outcome.DELETED, null));
    assertThat(configMap(cluster, "edge-tls-ca")).isNull();
    assertThat(secret(cluster, "edge-tls-ca")).as("Secrets are never pruned").isNotNull();
  }

  private static ClusterSnapshot createCluster(String name) {
    ClusterSnapshot sample = LaneClusterFixture.snapshot(LaneClusterFixture.DEV_SAMPLE, name, 3);
    OpenBaoCluster created = LaneClusterFixture.createResource(kube, sample);
    // The API server assigns the uid; owner references must name the one it stored.
    ClusterRef ref = sample.ref();
    return new ClusterSnapshot(
        new ClusterRef(
            ref.kubernetesCluster(), ref.namespace(), ref.name(), created.getMetadata().getUid()),
        sample.generation(),
        sample.spec());
  }

  private static Map<Stage, ApplyResult> applyAll(
      ClusterSnapshot cluster, int replicas, boolean bootstrapping) {
    Map<Stage, ApplyResult> results = new EnumMap<>(Stage.class);
    for (Stage stage : Stage.values()) {
      results.put(
          stage,
          activities.apply(
              new ApplyRequest(cluster, stage, replicas, bootstrapping, CERTIFICATE_HASH)));
    }
    return results;
  }

  private static List<AppliedResource> all(Map<Stage, ApplyResult> results) {
    List<AppliedResource> all = new ArrayList<>();
    results.values().forEach(result -> all.addAll(result.resources()));
    return all;
  }

  private static HasMetadata stored(ClusterSnapshot cluster, AppliedResource resource) {
    HasMetadata found =
        kube.genericKubernetesResources(apiVersion(resource.kind()), resource.kind())
            .inNamespace(cluster.ref().namespace())
            .withName(resource.name())
            .get();
    assertThat(found).as("%s %s", resource.kind(), resource.name()).isNotNull();
    return found;
  }

  private static String apiVersion(String kind) {
    return switch (kind) {
      case "Role", "RoleBinding" -> "rbac.authorization.k8s.io/v1";
      case "NetworkPolicy", "Ingress" -> "networking.k8s.io/v1";
      case "PodDisruptionBudget" -> "policy/v1";
      case "StatefulSet" -> "apps/v1";
      default -> "v1";
    };
  }

  private static ConfigMap configMap(ClusterSnapshot cluster, String name) {
    return kube.configMaps().inNamespace(cluster.ref().namespace()).withName(name).get();
  }

  private static Secret secret(ClusterSnapshot cluster, String name) {
    return kube.secrets().inNamespace(cluster.ref().namespace()).withName(name).get();
  }
}
