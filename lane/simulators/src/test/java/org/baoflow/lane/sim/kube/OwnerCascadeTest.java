package org.baoflow.lane.sim.kube;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.junit.jupiter.api.Test;

class OwnerCascadeTest {
  private static final String NS = "cascade";
  private final KubernetesClient client = SharedLane.client();

  private static OwnerReference ownedBy(HasMetadata owner) {
    return new OwnerReferenceBuilder()
        .withApiVersion(owner.getApiVersion())
        .withKind(owner.getKind())
        .withName(owner.getMetadata().getName())
        .withUid(owner.getMetadata().getUid())
        .withController(true)
        .build();
  }

  @Test
  void deletingAClusterDeletesWhatItOwnsTransitivelyAndNothingElse() {
    OpenBaoCluster sample =
        client
            .resources(OpenBaoCluster.class)
            .load(Path.of("../../deploy/samples/dev-lane.yaml").toFile())
            .item();
    sample.getMetadata().setNamespace(NS);
    OpenBaoCluster cluster = client.resource(sample).create();
    client
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("dev-config")
                .withNamespace(NS)
                .withOwnerReferences(ownedBy(cluster))
                .endMetadata()
                .addToData("config.hcl", "ui = true")
                .build())
        .create();
    StatefulSet statefulSet =
        client
            .resource(
                new StatefulSetBuilder(Workloads.statefulSet(NS, "dev"))
                    .editMetadata()
                    .withOwnerReferences(ownedBy(cluster))
                    .endMetadata()
                    .build())
            .create();
    client
        .resource(
            new PodBuilder(Workloads.pod(NS, "dev-0"))
                .editMetadata()
                .withOwnerReferences(ownedBy(statefulSet))
                .endMetadata()
                .build())
        .create();
    client
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("unrelated")
                .withNamespace(NS)
                .endMetadata()
                .build())
        .create();

    client.resource(cluster).delete();

    assertThat(client.resources(OpenBaoCluster.class).inNamespace(NS).withName("dev").get())
        .isNull();
    assertThat(client.configMaps().inNamespace(NS).withName("dev-config").get()).isNull();
    assertThat(client.apps().statefulSets().inNamespace(NS).withName("dev").get()).isNull();
    assertThat(client.pods().inNamespace(NS).withName("dev-0").get()).isNull();
    assertThat(client.configMaps().inNamespace(NS).withName("unrelated").get()).isNotNull();
  }

  @Test
  void anOwnerHeldByAFinalizerKeepsItsDependentsUntilTheFinalizerIsRemoved() {
    var owner =
        client
            .resource(
                new ConfigMapBuilder()
                    .withNewMetadata()
                    .withName("held")
                    .withNamespace(NS)
                    .withFinalizers("openbao.org/test")
                    .endMetadata()
                    .build())
            .create();
    client
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("held-dependent")
                .withNamespace(NS)
                .withOwnerReferences(ownedBy(owner))
                .endMetadata()
                .build())
        .create();

    client.resource(owner).delete();
    assertThat(client.configMaps().inNamespace(NS).withName("held-dependent").get()).isNotNull();

    client
        .configMaps()
        .inNamespace(NS)
        .withName("held")
        .edit(c -> new ConfigMapBuilder(c).editMetadata().withFinalizers().endMetadata().build());

    assertThat(client.configMaps().inNamespace(NS).withName("held").get()).isNull();
    assertThat(client.configMaps().inNamespace(NS).withName("held-dependent").get()).isNull();
  }
}
