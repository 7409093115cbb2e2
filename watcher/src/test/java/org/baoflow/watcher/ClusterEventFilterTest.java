package org.baoflow.watcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Map;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.OpenBaoClusterStatus;
import org.baoflow.workflows.cluster.DeletionObserved;
import org.baoflow.workflows.cluster.DriftObserved;
import org.baoflow.workflows.drift.ManagedHash;
import org.junit.jupiter.api.Test;

class ClusterEventFilterTest {
  private static final KubernetesSerialization JSON = new KubernetesSerialization();
  private final ClusterEventFilter filter = new ClusterEventFilter("eu1", JSON);

  @Test
  void aClusterBecomesSignalWithStartOfItsSpec() {
    OpenBaoCluster cluster = cluster(1, Map.of("openbao.org/trigger-backup", "r1", "other", "x"));

    PendingSend send = filter.cluster(cluster, 42);

    assertThat(send.key()).isEqualTo(new ResourceKey("OpenBaoCluster", "openbao", "dev", "uid-1"));
    assertThat(send.receivedNanos()).isEqualTo(42);
    Observation.Spec spec = (Observation.Spec) send.observation();
    assertThat(spec.ids().cluster()).isEqualTo("obao_eu1_openbao_dev");
    assertThat(spec.ref().uid()).isEqualTo("uid-1");
    assertThat(spec.event().generation()).isEqualTo(1);
    assertThat(spec.event().spec().getReplicas()).isEqualTo(3);
    assertThat(spec.event().annotations())
        .containsExactly(Map.entry("openbao.org/trigger-backup", "r1"));
  }

  @Test
  void statusResourceVersionFinalizerAndOtherAnnotationsLeaveTheFingerprint() {
    OpenBaoCluster before = cluster(2, Map.of("openbao.org/trigger-backup", "r1"));
    OpenBaoCluster after = cluster(2, Map.of("openbao.org/trigger-backup", "r1", "note", "x"));
    after.getMetadata().setResourceVersion("99");
    after.getMetadata().setFinalizers(List.of(OpenBaoCluster.FINALIZER));
    after.setStatus(new OpenBaoClusterStatus());
    after.getStatus().setPhase("Running");

    assertThat(filter.cluster(after, 0).fingerprint())
        .isEqualTo(filter.cluster(before, 0).fingerprint());
  }

  @Test
  void generationForwardedAnnotationsAndUidChangeTheFingerprint() {
    String base = filter.cluster(cluster(1, Map.of()), 0).fingerprint();

    assertThat(filter.cluster(cluster(2, Map.of()), 0).fingerprint()).isNotEqualTo(base);
    assertThat(
            filter
                .cluster(cluster(1, Map.of("openbao.org/approve-cutover", "green")), 0)
                .fingerprint())
        .isNotEqualTo(base);
    OpenBaoCluster recreated = cluster(1, Map.of());
    recreated.getMetadata().setUid("uid-2");
    assertThat(filter.cluster(recreated, 0).fingerprint()).isNotEqualTo(base);
  }

  @Test
  void aDeletionTimestampBecomesADeletionThatMayStartTheWorkflow() {
    OpenBaoCluster deleting = cluster(1, Map.of());
    deleting.getMetadata().setDeletionTimestamp("2026-01-01T00:00:00Z");

    PendingSend send = filter.cluster(deleting, 0);

    assertThat(send.fingerprint())
        .isNotEqualTo(filter.cluster(cluster(1, Map.of()), 0).fingerprint());
    assertThat(send.observation())
        .isEqualTo(
            new Observation.Deleting(
                ((Observation.Spec) filter.cluster(cluster(1, Map.of()), 0).observation()).ref(),
                new DeletionObserved("uid-1", false)));
  }

  @Test
  void aGoneClusterIsAPlainSignal() {
    PendingSend send = filter.clusterGone(cluster(1, Map.of()), 0);

    assertThat(send.observation()).isInstanceOf(Observation.Gone.class);
    assertThat(send.observation().ids().cluster()).isEqualTo("obao_eu1_openbao_dev");
    assertThat(((Observation.Gone) send.observation()).event())
        .isEqualTo(new DeletionObserved("uid-1", true));
  }

  @Test
  void anOwnedStatefulSetIsDriftOfItsManagedHashToTheOwner() {
    StatefulSet sts = statefulSet(3);

    PendingSend send = filter.owned(sts, 0).orElseThrow();

    String hash = ManagedHash.of(JSON.asJson(sts));
    assertThat(send.fingerprint()).isEqualTo(hash);
    assertThat(send.observation().ids().cluster()).isEqualTo("obao_eu1_openbao_dev");
    assertThat(((Observation.Drift) send.observation()).event())
        .isEqualTo(new DriftObserved("uid-1", "StatefulSet", "dev", hash));
    assertThat(send.key()).isEqualTo(new ResourceKey("StatefulSet", "openbao", "dev", "sts-uid"));
  }

  @Test
  void statusOfAnOwnedResourceIsNoDriftButItsSpecIs() {
    StatefulSet withStatus = statefulSet(3);
    withStatus.setStatus(new io.fabric8.kubernetes.api.model.apps.StatefulSetStatus());
    withStatus.getStatus().setReadyReplicas(2);
    withStatus.getMetadata().setResourceVersion("7");

    assertThat(filter.owned(withStatus, 0).orElseThrow().fingerprint())
        .isEqualTo(filter.owned(statefulSet(3), 0).orElseThrow().fingerprint());
    assertThat(filter.owned(statefulSet(5), 0).orElseThrow().fingerprint())
        .isNotEqualTo(filter.owned(statefulSet(3), 0).orElseThrow().fingerprint());
  }

  @Test
  void aResourceNoClusterOwnsIsIgnored() {
    StatefulSet foreign = statefulSet(3);
    foreign
        .getMetadata()
        .setOwnerReferences(
            List.of(
                new OwnerReferenceBuilder()
                    .withApiVersion("example.com/v1")
                    .withKind("OpenBaoCluster")
                    .withName("dev")
                    .withUid("x")
                    .build()));

    assertThat(filter.owned(foreign, 0)).isEmpty();
    assertThat(
            filter.owned(
                new StatefulSetBuilder(foreign)
                    .editMetadata()
                    .withOwnerReferences()
                    .endMetadata()
                    .build(),
                0))
        .isEmpty();
  }

  @Test
  void aDeletedOwnedResourceReportsTheDeletedHash() {
    PendingSend send = filter.ownedGone(statefulSet(3), 0).orElseThrow();

    assertThat(((Observation.Drift) send.observation()).event().managedHash())
        .isEqualTo(ClusterEventFilter.DELETED_HASH)
        .isNotEqualTo(ManagedHash.of(JSON.asJson(statefulSet(3))));
  }

  private static OpenBaoCluster cluster(long generation, Map<String, String> annotations) {
    OpenBaoCluster cluster = new OpenBaoCluster();
    cluster.getMetadata().setNamespace("openbao");
    cluster.getMetadata().setName("dev");
    cluster.getMetadata().setUid("uid-1");
    cluster.getMetadata().setGeneration(generation);
    cluster.getMetadata().setResourceVersion("1");
    cluster.getMetadata().setAnnotations(annotations);
    OpenBaoClusterSpec spec = new OpenBaoClusterSpec();
    spec.setReplicas(3);
    cluster.setSpec(spec);
    return cluster;
  }

  private static StatefulSet statefulSet(int replicas) {
    return new StatefulSetBuilder()
        .withNewMetadata()
        .withNamespace("openbao")
        .withName("dev")
        .withUid("sts-uid")
        .withResourceVersion("5")
        .withLabels(Map.of(ClusterEventFilter.CLUSTER_LABEL, "dev"))
        .addNewOwnerReference()
        .withApiVersion("openbao.org/v1alpha1")
        .withKind("OpenBaoCluster")
        .withName("dev")
        .withUid("uid-1")
        .withController(true)
        .endOwnerReference()
        .endMetadata()
        .withNewSpec()
        .withReplicas(replicas)
        .withServiceName("dev")
        .endSpec()
        .build();
  }
}
