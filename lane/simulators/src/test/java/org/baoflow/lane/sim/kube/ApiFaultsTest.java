package org.baoflow.lane.sim.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Failing the next N API calls of a verb and resource, seen through a client that never retries.
 */
class ApiFaultsTest {
  private static final String NS = "api-faults";

  private static KubernetesClient noRetries;
  private final LaneKubernetes lane = SharedLane.lane();

  @BeforeAll
  static void client() {
    noRetries =
        new KubernetesClientBuilder()
            .withConfig(
                new ConfigBuilder(SharedLane.lane().clientConfig())
                    .withRequestRetryBackoffLimit(0)
                    .build())
            .build();
  }

  @AfterAll
  static void closeClient() {
    noRetries.close();
  }

  @AfterEach
  void clearFaults() {
    lane.faults().clear();
  }

  @Test
  void exactlyTheNextNMatchingCallsFailWith500ThenTheServerRecovers() {
    noRetries.resource(configMap("flaky")).create();
    lane.faults().failNext(2, "get", "configmaps", ApiFailure.INTERNAL_ERROR);

    for (int attempt = 1; attempt <= 2; attempt++) {
      assertThatThrownBy(() -> noRetries.configMaps().inNamespace(NS).withName("flaky").get())
          .isInstanceOfSatisfying(
              KubernetesClientException.class,
              e -> {
                assertThat(e.getCode()).isEqualTo(500);
                assertThat(e.getStatus().getReason()).isEqualTo("InternalError");
              });
    }

    assertThat(lane.faults().remaining()).isZero();
    assertThat(noRetries.configMaps().inNamespace(NS).withName("flaky").get()).isNotNull();
  }

  @Test
  void callsOfAnotherVerbOrResourcePassUntouched() {
    lane.faults().failNext(1, "delete", "configmaps", ApiFailure.INTERNAL_ERROR);

    noRetries.resource(configMap("untouched")).create();
    noRetries.configMaps().inNamespace(NS).list();
    noRetries.secrets().inNamespace(NS).list();

    assertThat(lane.faults().remaining()).isEqualTo(1);
  }

  @Test
  void aConflictFailsTheWriteWithoutStoringItAndIsLogged() {
    lane.faults().failNext(1, "create", "configmaps", ApiFailure.CONFLICT);
    lane.callLog().clear();

    assertThatThrownBy(() -> noRetries.resource(configMap("contested")).create())
        .isInstanceOfSatisfying(
            KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409));

    assertThat(noRetries.configMaps().inNamespace(NS).withName("contested").get()).isNull();
    assertThat(lane.callLog().calls())
        .startsWith(new ApiCall("create", "", "configmaps", NS, null, null));
    noRetries.resource(configMap("contested")).create();
    assertThat(noRetries.configMaps().inNamespace(NS).withName("contested").get()).isNotNull();
    assertThat(lane.faults().injectedCount()).isPositive();
  }

  @Test
  void aSubresourceIsMatchedAsRbacNamesIt() {
    lane.faults().failNext(1, "*", "serviceaccounts/token", ApiFailure.INTERNAL_ERROR);

    noRetries.serviceAccounts().inNamespace(NS).list();

    assertThat(lane.faults().remaining()).isEqualTo(1);
    assertThat(
            new ApiCall("create", "", "serviceaccounts", NS, "a", "token")
                .matches("create", "serviceaccounts/token"))
        .isTrue();
    assertThat(
            new ApiCall("create", "", "serviceaccounts", NS, "a", null)
                .matches("create", "serviceaccounts/token"))
        .isFalse();
  }

  @Test
  void refusesANonPositiveCount() {
    assertThatThrownBy(
            () -> lane.faults().failNext(0, "get", "configmaps", ApiFailure.INTERNAL_ERROR))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static ConfigMap configMap(String name) {
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(name)
        .withNamespace(NS)
        .endMetadata()
        .addToData("k", "v")
        .build();
  }
}
