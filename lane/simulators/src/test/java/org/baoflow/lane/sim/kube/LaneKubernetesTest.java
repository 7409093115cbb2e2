package org.baoflow.lane.sim.kube;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.junit.jupiter.api.Test;

class LaneKubernetesTest {
  private static final Path SAMPLE = Path.of("../../deploy/samples/dev-lane.yaml");

  private final LaneKubernetes lane = SharedLane.lane();
  private final KubernetesClient client = SharedLane.client();

  @Test
  void servesHttpsOnLoopbackTrustingOnlyItsOwnCertificate() {
    Config config = lane.clientConfig();

    assertThat(config.getMasterUrl()).startsWith("https://");
    assertThat(config.isTrustCerts()).isFalse();
    assertThat(config.getCaCertData()).isNotBlank();
    assertThat(client.getKubernetesVersion()).isNotNull();
  }

  @Test
  void startsOnItsOwnAndClosesCleanly() {
    try (LaneKubernetes own = LaneKubernetes.start(Path.of("../../deploy/crds"))) {
      System.out.printf(
          "a second lane Kubernetes API server started in %d ms%n", own.startTime().toMillis());
      assertThat(own.installedCrds()).hasSize(2);
      assertThat(own.newClient().configMaps().inNamespace("x").list().getItems()).isEmpty();
    }
  }

  @Test
  void installsTheCrdsFromTheDeployDirectory() {
    assertThat(client.apiextensions().v1().customResourceDefinitions().list().getItems())
        .extracting(CustomResourceDefinition::getMetadata)
        .extracting(m -> m.getName())
        .contains("openbaoclusters.openbao.org", "openbaorestores.openbao.org");
  }

  @Test
  void createsAndReadsBackAnOpenBaoClusterThroughTheTypedClient() {
    OpenBaoCluster sample = client.resources(OpenBaoCluster.class).load(SAMPLE.toFile()).item();
    sample.getMetadata().setNamespace("crd-test");

    client.resource(sample).create();
    OpenBaoCluster read =
        client.resources(OpenBaoCluster.class).inNamespace("crd-test").withName("dev").get();

    assertThat(read.getMetadata().getUid()).isNotBlank();
    assertThat(read.getSpec().getReplicas()).isEqualTo(3);
    assertThat(read.getSpec().getVersion()).isEqualTo("2.4.4");
  }
}
