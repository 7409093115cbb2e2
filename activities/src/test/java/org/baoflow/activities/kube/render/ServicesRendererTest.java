package org.baoflow.activities.kube.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import java.util.Map;
import org.baoflow.api.v1alpha1.IngressSpec;
import org.baoflow.api.v1alpha1.ServiceSpec;
import org.baoflow.api.v1alpha1.ServiceType;
import org.junit.jupiter.api.Test;

class ServicesRendererTest {

  @Test
  void headlessServicePublishesEveryPodOfEveryRevisionBeforeItIsReady() {
    Service headless = ServicesRenderer.headless(Scenario.DEV_LANE.model());

    assertThat(headless.getMetadata().getName()).isEqualTo("dev");
    assertThat(headless.getSpec().getClusterIP()).isEqualTo("None");
    assertThat(headless.getSpec().getPublishNotReadyAddresses()).isTrue();
    assertThat(headless.getSpec().getSelector()).isEqualTo(Labels.clusterSelector("dev"));
    assertThat(headless.getSpec().getPorts())
        .extracting(ServicePort::getName, ServicePort::getPort, p -> p.getTargetPort().getIntVal())
        .containsExactly(tuple("api", 8200, 8200), tuple("cluster", 8201, 8201));
  }

  @Test
  void publicServiceExistsOnlyWhenAskedForOrNeededByAnIngressOrRoute() {
    ClusterModel model = Scenario.DEV_LANE.model();
    assertThat(ServicesRenderer.publicService(model, null)).isEmpty();

    IngressSpec ingress = new IngressSpec();
    ingress.setEnabled(false);
    model.spec().setIngress(ingress);
    assertThat(ServicesRenderer.publicService(model, null)).isEmpty();

    ingress.setEnabled(true);
    assertThat(ServicesRenderer.publicService(model, null)).isPresent();
    assertThat(ServicesRenderer.publicService(Scenario.GATEWAY_PASSTHROUGH.model(), null))
        .isPresent();

    ClusterModel withService = Scenario.DEV_LANE.model();
    withService.spec().setService(new ServiceSpec());
    assertThat(ServicesRenderer.publicService(withService, null))
        .hasValueSatisfying(s -> assertThat(s.getSpec().getType()).isEqualTo("ClusterIP"));
  }

  @Test
  void publicServiceTakesTypeAndAnnotationsFromTheSpec() {
    ClusterModel model = Scenario.DEV_LANE.model();
    ServiceSpec spec = new ServiceSpec();
    spec.setType(ServiceType.NODE_PORT);
    spec.setAnnotations(Map.of("b.example.com/x", "2", "a.example.com/y", "1"));
    model.spec().setService(spec);

    Service service = ServicesRenderer.publicService(model, "r1").orElseThrow();

    assertThat(service.getMetadata().getName()).isEqualTo("dev-public");
    assertThat(service.getSpec().getType()).isEqualTo("NodePort");
    assertThat(service.getMetadata().getAnnotations().keySet())
        .containsExactly("a.example.com/y", "b.example.com/x");
    assertThat(service.getSpec().getSelector()).isEqualTo(Labels.podSelector("dev", "r1"));
    assertThat(service.getSpec().getPorts()).extracting(ServicePort::getPort).containsExactly(8200);
  }

  @Test
  void acmeServiceExposesNotReadyPodsOnTheChallengePortsInAcmeModeOnly() {
    assertThat(ServicesRenderer.acme(Scenario.DEV_LANE.model())).isEmpty();

    Service acme = ServicesRenderer.acme(Scenario.ACME.model()).orElseThrow();

    assertThat(acme.getMetadata().getName()).isEqualTo("public-acme");
    assertThat(acme.getSpec().getPublishNotReadyAddresses()).isTrue();
    assertThat(acme.getSpec().getPorts())
        .extracting(ServicePort::getPort, p -> p.getTargetPort().getIntVal())
        .containsExactly(tuple(80, 8200), tuple(443, 8200));
  }
}
