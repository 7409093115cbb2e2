package org.baoflow.activities.openbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URI;
import org.baoflow.activities.bao.BaoEndpoint;
import org.baoflow.lane.sim.harness.Lane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pod DNS URIs resolve to the port a lane pod publishes, still expecting the pod's DNS name. */
class PodPortAnnotationResolverTest {
  private static Lane lane;
  private static PodPortAnnotationResolver resolver;

  @BeforeAll
  static void startLane() {
    lane = Lane.builder().start();
    KubernetesClient kube = lane.client();
    kube.resource(new NamespaceBuilder().withNewMetadata().withName("res").endMetadata().build())
        .create();
    pod(kube, "published-0", "41234");
    pod(kube, "starting-0", null);
    resolver = new PodPortAnnotationResolver(kube);
  }

  @AfterAll
  static void stop() {
    if (lane != null) {
      lane.close();
    }
  }

  @Test
  void aPublishedPortIsWhereToConnect() {
    BaoEndpoint endpoint =
        resolver.resolve(URI.create("https://published-0.dev.res.svc:8200/v1/sys/health"));

    assertThat(endpoint.address()).isEqualTo(URI.create("https://127.0.0.1:41234"));
    assertThat(endpoint.serverName()).isEqualTo("published-0.dev.res.svc");
  }

  @Test
  void aPodWithoutPortOrAMissingPodIsNotThereYet() {
    assertThatThrownBy(() -> resolver.resolve(URI.create("https://starting-0.dev.res.svc:8200")))
        .isInstanceOf(EndpointUnavailableException.class)
        .hasMessageContaining("res/starting-0");
    assertThatThrownBy(() -> resolver.resolve(URI.create("https://gone-0.dev.res.svc:8200")))
        .isInstanceOf(EndpointUnavailableException.class)
        .hasMessageContaining("res/gone-0");
  }

  @Test
  void anAddressThatIsNoPodDnsNameIsRefused() {
    assertThatThrownBy(() -> resolver.resolve(URI.create("https://127.0.0.1:8200")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void pod(KubernetesClient kube, String name, String port) {
    PodBuilder pod =
        new PodBuilder()
            .withNewMetadata()
            .withNamespace("res")
            .withName(name)
            .endMetadata()
            .withNewSpec()
            .addNewContainer()
            .withName("openbao")
            .withImage("quay.io/openbao/openbao:2.4.4")
            .endContainer()
            .endSpec();
    if (port != null) {
      pod.editMetadata()
          .addToAnnotations(PodPortAnnotationResolver.PORT_ANNOTATION, port)
          .endMetadata();
    }
    kube.resource(pod.build()).create();
  }
}
