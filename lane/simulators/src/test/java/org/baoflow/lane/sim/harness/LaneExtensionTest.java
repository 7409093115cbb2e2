package org.baoflow.lane.sim.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenReview;
import io.fabric8.kubernetes.api.model.authentication.TokenReviewBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.temporal.client.WorkflowClient;
import org.baoflow.lane.sim.LaneTiming;
import org.baoflow.lane.sim.kube.ApiFailure;
import org.baoflow.lane.sim.kube.LaneKubernetes;
import org.baoflow.lane.sim.s3.RustFsSimulator;
import org.baoflow.lane.sim.s3.S3Fault;
import org.baoflow.lane.sim.temporal.LaneTemporal;
import org.baoflow.lane.sim.temporal.TemporalMode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** A lane of two clusters started by {@link LaneTest}, its parameters and its faults. */
@LaneTest(clusters = {"primary", "dr"})
class LaneExtensionTest {

  @Test
  void resolvesEveryPartOfTheLane(
      Lane lane,
      LaneKubernetes kubernetes,
      KubernetesClient client,
      RustFsSimulator rustFs,
      LaneTemporal temporal,
      WorkflowClient workflowClient) {
    assertThat(lane.clusterNames()).containsExactly("primary", "dr");
    assertThat(kubernetes).isSameAs(lane.kubernetes("primary"));
    assertThat(client).isSameAs(lane.client("primary"));
    assertThat(client.getMasterUrl().toString())
        .isEqualTo(kubernetes.clientConfig().getMasterUrl());
    assertThat(rustFs).isSameAs(lane.rustFs());
    assertThat(temporal).isSameAs(lane.temporal());
    assertThat(workflowClient).isSameAs(lane.workflowClient());
    assertThat(lane.timing()).isEqualTo(LaneTiming.fast());
    assertThat(lane.startTimes().components())
        .containsOnlyKeys("kubernetes/primary", "kubernetes/dr", "rustfs", "temporal");
  }

  @Test
  void theTemporalIsInProcessUnlessAnAddressIsSet(LaneTemporal temporal) {
    boolean external = !System.getenv().getOrDefault("TEMPORAL_ADDRESS", "").isBlank();

    assertThat(temporal.mode())
        .isEqualTo(external ? TemporalMode.EXTERNAL : TemporalMode.IN_PROCESS_TIME_SKIPPING);
  }

  @Test
  void aNamedClusterIsItsOwnApiServerWithItsOwnSigningKey(
      @ClusterName("primary") LaneKubernetes primary,
      @ClusterName("dr") LaneKubernetes dr,
      @ClusterName("primary") KubernetesClient primaryClient,
      @ClusterName("dr") KubernetesClient drClient) {
    assertThat(dr.clientConfig().getMasterUrl())
        .isNotEqualTo(primary.clientConfig().getMasterUrl());
    assertThat(dr.issuer().issuer()).isEqualTo(primary.issuer().issuer());
    assertThat(dr.issuer().signingKey().keyId())
        .isNotEqualTo(primary.issuer().signingKey().keyId());
    for (KubernetesClient client : new KubernetesClient[] {primaryClient, drClient}) {
      client
          .resource(
              new ServiceAccountBuilder()
                  .withNewMetadata()
                  .withName("worker")
                  .withNamespace("baoflow")
                  .endMetadata()
                  .build())
          .create();
    }
    String primaryToken =
        primaryClient
            .serviceAccounts()
            .inNamespace("baoflow")
            .withName("worker")
            .tokenRequest(new TokenRequestBuilder().withNewSpec().endSpec().build())
            .getStatus()
            .getToken();

    assertThat(review(primaryClient, primaryToken).getStatus().getAuthenticated()).isTrue();
    assertThat(review(drClient, primaryToken).getStatus().getAuthenticated())
        .isNotEqualTo(Boolean.TRUE);
  }

  @Test
  void faultsFailTheNextS3Calls(Lane lane, RustFsSimulator rustFs) {
    rustFs.createBucket("faults");
    try (S3Client s3 = s3Client(rustFs)) {
      lane.faults().failNextS3Calls(1, S3Fault.SLOW_DOWN);

      assertThatThrownBy(() -> s3.headBucket(b -> b.bucket("faults")))
          .isInstanceOfSatisfying(
              S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(503));
      s3.headBucket(b -> b.bucket("faults"));
      assertThat(lane.faults().s3().injectedCount()).isEqualTo(1);
    }
  }

  @Test
  void faultsFailTheNextApiCallsOfOneClusterOnly(Lane lane) {
    try (KubernetesClient primary = noRetries(lane.kubernetes("primary"));
        KubernetesClient dr = noRetries(lane.kubernetes("dr"))) {
      lane.faults().failNextApiCalls("primary", 1, "list", "pods", ApiFailure.INTERNAL_ERROR);

      dr.pods().inNamespace("baoflow").list();
      assertThatThrownBy(() -> primary.pods().inNamespace("baoflow").list())
          .isInstanceOfSatisfying(
              KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(500));
      assertThat(primary.pods().inNamespace("baoflow").list().getItems()).isEmpty();
    } finally {
      lane.faults().clear();
    }
  }

  @Test
  void anUnknownClusterIsNamedInTheError(Lane lane) {
    assertThatThrownBy(() -> lane.kubernetes("elsewhere"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("elsewhere")
        .hasMessageContaining("primary");
    assertThatThrownBy(
            () -> lane.faults().failNextApiCalls("elsewhere", 1, "*", "*", ApiFailure.CONFLICT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void openBaoFaultsNeedTheSimulatedOpenBao(Lane lane) {
    assertThatThrownBy(() -> lane.faults().openBao())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SimulatedOpenBao");
    assertThatThrownBy(() -> lane.faults().killLeader("elsewhere", "openbao", "dev"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("elsewhere");
    assertThatThrownBy(() -> lane.faults().partition("primary", "openbao", "dev-0"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no pod openbao/dev-0");
  }

  @Nested
  class NestedClasses {
    @Test
    void shareTheEnclosingClassesLane(Lane lane) {
      assertThat(lane.clusterNames()).containsExactly("primary", "dr");
    }
  }

  private static TokenReview review(KubernetesClient client, String token) {
    return client
        .resource(new TokenReviewBuilder().withNewSpec().withToken(token).endSpec().build())
        .create();
  }

  private static KubernetesClient noRetries(LaneKubernetes cluster) {
    return new KubernetesClientBuilder()
        .withConfig(
            new ConfigBuilder(cluster.clientConfig()).withRequestRetryBackoffLimit(0).build())
        .build();
  }

  private static S3Client s3Client(RustFsSimulator rustFs) {
    return S3Client.builder()
        .endpointOverride(rustFs.endpoint())
        .region(Region.US_EAST_1)
        .forcePathStyle(true)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(
                    rustFs.credentials().accessKeyId(), rustFs.credentials().secretAccessKey())))
        .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(1)))
        .build();
  }
}
