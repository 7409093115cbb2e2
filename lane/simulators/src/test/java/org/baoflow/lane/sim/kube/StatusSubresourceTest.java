package org.baoflow.lane.sim.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.junit.jupiter.api.Test;

class StatusSubresourceTest {
  private static final String NS = "status";
  private final KubernetesClient client = SharedLane.client();

  private StatefulSet readStatefulSet(String name) {
    return client.apps().statefulSets().inNamespace(NS).withName(name).get();
  }

  @Test
  void aSpecWriteKeepsTheStatefulSetStatusTheKubeletSet() {
    StatefulSet created = client.resource(Workloads.statefulSet(NS, "keep")).create();
    client
        .resource(
            new StatefulSetBuilder(created)
                .withNewStatus()
                .withReadyReplicas(3)
                .endStatus()
                .build())
        .updateStatus();

    StatefulSet specOnly = readStatefulSet("keep");
    specOnly.getSpec().setReplicas(5);
    specOnly.setStatus(null);
    client.resource(specOnly).update();

    StatefulSet read = readStatefulSet("keep");
    assertThat(read.getSpec().getReplicas()).isEqualTo(5);
    assertThat(read.getStatus().getReadyReplicas()).isEqualTo(3);
  }

  @Test
  void aStatusWriteChangesOnlyTheStatus() {
    StatefulSet created = client.resource(Workloads.statefulSet(NS, "only")).create();

    client
        .resource(
            new StatefulSetBuilder(created)
                .editSpec()
                .withReplicas(7)
                .endSpec()
                .withNewStatus()
                .withReadyReplicas(1)
                .endStatus()
                .build())
        .updateStatus();

    StatefulSet read = readStatefulSet("only");
    assertThat(read.getSpec().getReplicas()).isEqualTo(3);
    assertThat(read.getStatus().getReadyReplicas()).isEqualTo(1);
  }

  @Test
  void aPodPatchKeepsThePodStatus() {
    Pod created = client.resource(Workloads.pod(NS, "pod")).create();
    client
        .resource(
            new PodBuilder(created)
                .withNewStatus()
                .withPhase("Running")
                .withPodIP("127.0.0.1")
                .endStatus()
                .build())
        .updateStatus();

    client
        .pods()
        .inNamespace(NS)
        .withName("pod")
        .edit(p -> new PodBuilder(p).editMetadata().addToLabels("x", "y").endMetadata().build());
    Pod replaced = client.pods().inNamespace(NS).withName("pod").get();
    replaced.setStatus(null);
    client.resource(replaced).update();

    Pod read = client.pods().inNamespace(NS).withName("pod").get();
    assertThat(read.getMetadata().getLabels()).containsEntry("x", "y");
    assertThat(read.getStatus().getPhase()).isEqualTo("Running");
    assertThat(read.getStatus().getPodIP()).isEqualTo("127.0.0.1");
  }

  @Test
  void aStatusWriteWithAStaleResourceVersionIsAConflict() {
    StatefulSet stale = client.resource(Workloads.statefulSet(NS, "stale")).create();
    client
        .resource(
            new StatefulSetBuilder(stale).withNewStatus().withReadyReplicas(1).endStatus().build())
        .updateStatus();

    StatefulSet late =
        new StatefulSetBuilder(stale).withNewStatus().withReadyReplicas(2).endStatus().build();

    assertThatThrownBy(() -> client.resource(late).updateStatus())
        .isInstanceOfSatisfying(
            KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409));
    assertThat(readStatefulSet("stale").getStatus().getReadyReplicas()).isEqualTo(1);
  }
}
