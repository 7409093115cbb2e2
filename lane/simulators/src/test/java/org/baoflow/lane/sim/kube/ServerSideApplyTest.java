package org.baoflow.lane.sim.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerSideApplyTest {
  private static final String NS = "ssa";
  private final KubernetesClient client = SharedLane.client();

  private ConfigMap apply(String manager, String name, Map<String, String> data) {
    ConfigMap cm =
        new ConfigMapBuilder()
            .withNewMetadata()
            .withName(name)
            .withNamespace(NS)
            .endMetadata()
            .withData(data)
            .build();
    return client.resource(cm).fieldManager(manager).forceConflicts().serverSideApply();
  }

  private ConfigMap read(String name) {
    return client.configMaps().inNamespace(NS).withName(name).get();
  }

  @Test
  void createsAnAbsentObjectAndRecordsTheManager() {
    ConfigMap created = apply("baoflow", "created", Map.of("a", "1"));

    assertThat(created.getMetadata().getUid()).isNotBlank();
    assertThat(read("created").getData()).containsExactly(Map.entry("a", "1"));
    assertThat(read("created").getMetadata().getManagedFields())
        .extracting(ManagedFieldsEntry::getManager, ManagedFieldsEntry::getOperation)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("baoflow", "Apply"));
  }

  @Test
  void updatesAndRemovesTheFieldsTheManagerStoppedSending() {
    apply("baoflow", "updated", Map.of("keep", "1", "drop", "2"));

    apply("baoflow", "updated", Map.of("keep", "changed"));

    assertThat(read("updated").getData()).containsExactly(Map.entry("keep", "changed"));
  }

  @Test
  void twoManagersDoNotRemoveEachOthersFields() {
    apply("first", "shared", Map.of("one", "1"));
    apply("second", "shared", Map.of("two", "2"));

    apply("first", "shared", Map.of("one", "1b"));
    assertThat(read("shared").getData())
        .containsOnly(Map.entry("one", "1b"), Map.entry("two", "2"));

    apply("second", "shared", Map.of());
    assertThat(read("shared").getData()).containsOnly(Map.entry("one", "1b"));
  }

  @Test
  void aFieldAnotherManagerOwnsConflictsUnlessForced() {
    apply("first", "contested", Map.of("k", "mine"));
    ConfigMap theirs =
        new ConfigMapBuilder()
            .withNewMetadata()
            .withName("contested")
            .withNamespace(NS)
            .endMetadata()
            .withData(Map.of("k", "theirs"))
            .build();

    assertThatThrownBy(() -> client.resource(theirs).fieldManager("second").serverSideApply())
        .isInstanceOfSatisfying(
            KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409));
    assertThat(read("contested").getData()).containsEntry("k", "mine");

    client.resource(theirs).fieldManager("second").forceConflicts().serverSideApply();
    apply("first", "contested", Map.of());
    assertThat(read("contested").getData()).containsEntry("k", "theirs");
  }

  @Test
  void mergesListsOfObjectsByNameAndRemovesDroppedItems() {
    applyPod("baoflow", "bao", "image:1", Map.of("A", "1", "B", "2"));
    applyPod("kubelet-sim", "sidecar", "side:1", Map.of("S", "1"));

    applyPod("baoflow", "bao", "image:2", Map.of("A", "1"));

    Pod pod = client.pods().inNamespace(NS).withName("merged").get();
    assertThat(pod.getSpec().getContainers())
        .extracting(c -> c.getName() + "=" + c.getImage())
        .containsExactly("bao=image:2", "sidecar=side:1");
    assertThat(pod.getSpec().getContainers().get(0).getEnv())
        .extracting(EnvVar::getName)
        .containsExactly("A");

    client
        .resource(podWithoutContainers())
        .fieldManager("kubelet-sim")
        .forceConflicts()
        .serverSideApply();
    assertThat(client.pods().inNamespace(NS).withName("merged").get().getSpec().getContainers())
        .extracting(c -> c.getName())
        .containsExactly("bao");
  }

  private void applyPod(String manager, String container, String image, Map<String, String> env) {
    Pod pod =
        new PodBuilder(podWithoutContainers())
            .editSpec()
            .addNewContainer()
            .withName(container)
            .withImage(image)
            .withEnv(
                env.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> new EnvVar(e.getKey(), e.getValue(), null))
                    .toList())
            .endContainer()
            .endSpec()
            .build();
    client.resource(pod).fieldManager(manager).forceConflicts().serverSideApply();
  }

  private static Pod podWithoutContainers() {
    return new PodBuilder()
        .withNewMetadata()
        .withName("merged")
        .withNamespace(NS)
        .endMetadata()
        .withNewSpec()
        .withRestartPolicy("Always")
        .endSpec()
        .build();
  }
}
