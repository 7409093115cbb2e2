package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.baoflow.activities.pki.SanRequest;
import org.baoflow.activities.pki.ServerSans;
import org.junit.jupiter.api.Test;

class ServerSanRequestsTest {
  @Test
  void coversEveryPodOfEveryRevisionAndTheEdgeHostnames() {
    ClusterModel model = Scenario.GATEWAY_TERMINATING.model();
    List<SanRequest.PodSet> pods =
        List.of(new SanRequest.PodSet("bao-r1", 3), new SanRequest.PodSet("bao-r2", 3));

    SanRequest request = ServerSanRequests.of(model, pods);

    assertThat(request.podSets()).isEqualTo(pods);
    assertThat(request.publicService()).isTrue();
    assertThat(request.publicServiceName()).isEqualTo(model.names().publicService());
    assertThat(request.edgeHostnames()).containsExactly(model.spec().getGateway().getHostname());
    assertThat(ServerSans.compute(request).dnsNames())
        .contains(model.names().podDnsName("bao-r2", 2), model.spec().getGateway().getHostname());
  }

  @Test
  void withoutExposureThereIsNoPublicServiceName() {
    ClusterModel model = Scenario.DEV_LANE.model();
    model.spec().setService(null);

    SanRequest request = ServerSanRequests.of(model, List.of(new SanRequest.PodSet("dev", 3)));

    assertThat(request.publicService()).isFalse();
    assertThat(request.edgeHostnames()).isEmpty();
  }
}
