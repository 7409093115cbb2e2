package org.baoflow.lane.sim.kube;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated
class ApiCallLogTest {
  private static final String NS = "calls";
  private final LaneKubernetes lane = SharedLane.lane();
  private final KubernetesClient client = SharedLane.client();

  @Test
  void recordsVerbResourceNamespaceNameAndSubresourceOfEachCall() {
    lane.callLog().clear();

    client
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("c")
                .withNamespace(NS)
                .endMetadata()
                .build())
        .create();
    client.configMaps().inNamespace(NS).withName("c").get();
    client.configMaps().inNamespace(NS).list();
    client
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("c")
                .withNamespace(NS)
                .endMetadata()
                .addToData("k", "v")
                .build())
        .fieldManager("baoflow")
        .forceConflicts()
        .serverSideApply();
    var created = client.resource(Workloads.statefulSet(NS, "s")).create();
    client
        .resource(
            new StatefulSetBuilder(created).withNewStatus().withReplicas(1).endStatus().build())
        .updateStatus();
    client.configMaps().inNamespace(NS).withName("c").delete();

    assertThat(lane.callLog().calls())
        .containsExactly(
            new ApiCall("create", "", "configmaps", NS, null, null),
            new ApiCall("get", "", "configmaps", NS, "c", null),
            new ApiCall("list", "", "configmaps", NS, null, null),
            new ApiCall("patch", "", "configmaps", NS, "c", null),
            new ApiCall("create", "apps", "statefulsets", NS, null, null),
            new ApiCall("update", "apps", "statefulsets", NS, "s", "status"),
            new ApiCall("delete", "", "configmaps", NS, "c", null));

    lane.callLog().clear();
    assertThat(lane.callLog().calls()).isEmpty();
  }

  @Test
  void tellsTheCallsOfAClientByItsUserAgent() {
    KubernetesClient worker = lane.newClient("test-worker");
    KubernetesClient watcher = lane.newClient("test-watcher");
    lane.callLog().clear();

    worker.configMaps().inNamespace(NS).withName("w").get();
    watcher.services().inNamespace(NS).list();
    client.secrets().inNamespace(NS).withName("x").get();

    assertThat(lane.callLog().callsBy("test-worker"))
        .containsExactly(new ApiCall("get", "", "configmaps", NS, "w", null));
    assertThat(lane.callLog().callsBy("test-watcher"))
        .containsExactly(new ApiCall("list", "", "services", NS, null, null));
    assertThat(lane.callLog().calls()).hasSize(3);
  }
}
