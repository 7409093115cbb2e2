package org.baoflow.activities.openbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.baoflow.activities.kube.render.Labels;
import org.baoflow.activities.lane.LaneClusterFixture;
import org.baoflow.workflows.activities.BaoActivities;
import org.baoflow.workflows.activities.BaoActivities.LoginCheck;
import org.baoflow.workflows.activities.BaoActivities.NodeRequest;
import org.baoflow.workflows.activities.BaoActivities.NodeState;
import org.baoflow.workflows.activities.BaoActivities.VotersRequest;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The path without self-init on a Development cluster of three lane pods: {@code sys/init} with the
 * root token going straight into its Secret, then the worker's JWT login and the demo login
 * configured with it, as self-init would have.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BaoActivitiesInitializeTest {
  private static final String NAME = "ni";

  private static BaoActivitiesLane environment;
  private static BaoActivities bao;
  private static ClusterSnapshot cluster;

  @BeforeAll
  static void startCluster() {
    cluster = LaneClusterFixture.snapshot(LaneClusterFixture.DEV_SAMPLE, NAME, 3);
    cluster.spec().getSelfInit().setEnabled(false);
    environment = BaoActivitiesLane.start(cluster);
    bao = environment.activities();
  }

  @AfterAll
  static void stop() {
    if (environment != null) {
      environment.close();
    }
  }

  @Test
  @Order(1)
  void initializeStoresTheRootTokenInItsSecretAndIsIdempotent() {
    NodeState waiting = bao.awaitApi(new NodeRequest(cluster, "ni-0"));
    assertThat(waiting.initialized()).isFalse();

    NodeState first = bao.initialize(cluster);
    String token = rootToken();
    NodeState second = bao.initialize(cluster);

    assertThat(first.pod()).isEqualTo("ni-0");
    assertThat(first.initialized()).isTrue();
    assertThat(first.sealed()).isFalse();
    assertThat(second.initialized()).isTrue();
    assertThat(token).isNotBlank();
    assertThat(rootToken()).as("a second initialize keeps the token").isEqualTo(token);
    assertThat(first + " " + second).doesNotContain(token);
    Secret secret = rootTokenSecret();
    assertThat(secret.getMetadata().getLabels()).containsAllEntriesOf(Labels.common(NAME));
    assertThat(secret.getMetadata().getOwnerReferences()).isNullOrEmpty();
  }

  @Test
  @Order(2)
  void configureOperatorAccessMakesTheWorkersAndTheDemoLoginWork() {
    bao.configureOperatorAccess(cluster);
    bao.configureOperatorAccess(cluster);

    LoginCheck operator = bao.verifyOperatorLogin(cluster);
    LoginCheck demo = bao.verifyDemoLogin(cluster);

    assertThat(operator.policies()).contains("openbao-operator");
    assertThat(demo.role()).isEqualTo("demo");
    assertThat(demo.policies()).contains("demo");
    assertThat(bao.awaitVoters(new VotersRequest(cluster, List.of("ni-0", "ni-1", "ni-2"))))
        .extracting(state -> state.servers().size())
        .isEqualTo(3);
  }

  @Test
  @Order(3)
  void anInitializedClusterWithoutItsRootTokenSecretWasInitializedElsewhere() {
    String token = rootToken();
    kube().secrets().inNamespace(cluster.ref().namespace()).withName(NAME + "-root-token").delete();

    Throwable failure = catchThrowable(() -> bao.initialize(cluster));

    assertThat(failure).isInstanceOf(ActivityFailure.class);
    ApplicationFailure cause = (ApplicationFailure) failure.getCause();
    assertThat(cause.getType()).isEqualTo(FailureTypes.INITIALIZED_ELSEWHERE);
    assertThat(cause.isNonRetryable()).isTrue();
    assertThat(stackTrace(failure)).doesNotContain(token);
  }

  @Test
  @Order(4)
  void theLanesTokensAreTheWorkersOwnForTheIssuerTheRolesTrust() {
    String token = BaoActivitiesLane.settings(kube()).tokens().token();

    WorkerIdentity worker = WorkerIdentity.of(token);

    assertThat(worker.subject()).isEqualTo(LaneClusterFixture.PLATFORM.workerSubject());
    assertThat(worker.issuer()).isEqualTo(LaneClusterFixture.PLATFORM.serviceAccountIssuer());
  }

  private static KubernetesClient kube() {
    return environment.kube();
  }

  private static Secret rootTokenSecret() {
    return kube()
        .secrets()
        .inNamespace(cluster.ref().namespace())
        .withName(NAME + "-root-token")
        .get();
  }

  /** The token as the activities read it (the lane's API server keeps {@code stringData}). */
  private static String rootToken() {
    return SecretValues.read(kube(), cluster.ref().namespace(), NAME + "-root-token", "token")
        .orElseThrow();
  }

  private static String stackTrace(Throwable failure) {
    StringWriter text = new StringWriter();
    failure.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
