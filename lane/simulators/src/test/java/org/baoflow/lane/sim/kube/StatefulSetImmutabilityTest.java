package org.baoflow.lane.sim.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.StatusCause;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class StatefulSetImmutabilityTest {
  private static final String NS = "immutable";
  private final KubernetesClient client = SharedLane.client();

  private void assertRejected(String name, String field, UnaryOperator<StatefulSet> change) {
    client.resource(Workloads.statefulSet(NS, name)).create();

    assertThatThrownBy(
            () -> client.apps().statefulSets().inNamespace(NS).withName(name).edit(change))
        .isInstanceOfSatisfying(
            KubernetesClientException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo(422);
              assertThat(e.getStatus().getReason()).isEqualTo("Invalid");
              assertThat(e.getStatus().getMessage()).contains(field);
              assertThat(e.getStatus().getDetails().getCauses())
                  .extracting(StatusCause::getField)
                  .containsExactly(field);
            });
  }

  @Test
  void changingTheServiceNameIsInvalid() {
    assertRejected(
        "svc",
        "spec.serviceName",
        s -> new StatefulSetBuilder(s).editSpec().withServiceName("other").endSpec().build());
  }

  @Test
  void changingTheSelectorIsInvalid() {
    assertRejected(
        "sel",
        "spec.selector",
        s ->
            new StatefulSetBuilder(s)
                .editSpec()
                .editSelector()
                .addToMatchLabels("tier", "x")
                .endSelector()
                .endSpec()
                .build());
  }

  @Test
  void changingTheVolumeClaimTemplatesIsInvalidAlsoThroughUpdate() {
    StatefulSet created = client.resource(Workloads.statefulSet(NS, "vct")).create();
    StatefulSet changed =
        new StatefulSetBuilder(created)
            .editSpec()
            .editFirstVolumeClaimTemplate()
            .editMetadata()
            .withName("other")
            .endMetadata()
            .endVolumeClaimTemplate()
            .endSpec()
            .build();

    assertThatThrownBy(() -> client.resource(changed).update())
        .isInstanceOfSatisfying(
            KubernetesClientException.class,
            e -> {
              assertThat(e.getCode()).isEqualTo(422);
              assertThat(e.getStatus().getMessage()).contains("spec.volumeClaimTemplates");
            });
  }

  @Test
  void changingThePodManagementPolicyIsInvalid() {
    assertRejected(
        "pmp",
        "spec.podManagementPolicy",
        s ->
            new StatefulSetBuilder(s)
                .editSpec()
                .withPodManagementPolicy("Parallel")
                .endSpec()
                .build());
  }

  @Test
  void replicasAndTemplateMayChange() {
    client.resource(Workloads.statefulSet(NS, "mutable")).create();

    StatefulSet edited =
        client
            .apps()
            .statefulSets()
            .inNamespace(NS)
            .withName("mutable")
            .edit(
                s ->
                    new StatefulSetBuilder(s)
                        .editSpec()
                        .withReplicas(5)
                        .withPodManagementPolicy("OrderedReady")
                        .editTemplate()
                        .editSpec()
                        .editFirstContainer()
                        .withImage("openbao:2.5.0")
                        .endContainer()
                        .endSpec()
                        .endTemplate()
                        .endSpec()
                        .build());

    assertThat(edited.getSpec().getReplicas()).isEqualTo(5);
    assertThat(edited.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
        .isEqualTo("openbao:2.5.0");
  }

  @Test
  void serverSideApplyCannotChangeAnImmutableFieldEither() {
    client.resource(Workloads.statefulSet(NS, "applied")).fieldManager("baoflow").serverSideApply();
    StatefulSet renamed =
        new StatefulSetBuilder(Workloads.statefulSet(NS, "applied"))
            .editSpec()
            .withServiceName("renamed")
            .endSpec()
            .build();

    assertThatThrownBy(
            () ->
                client.resource(renamed).fieldManager("baoflow").forceConflicts().serverSideApply())
        .isInstanceOfSatisfying(
            KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(422));
    assertThat(
            client
                .apps()
                .statefulSets()
                .inNamespace(NS)
                .withName("applied")
                .get()
                .getSpec()
                .getServiceName())
        .isEqualTo("applied-internal");
  }
}
