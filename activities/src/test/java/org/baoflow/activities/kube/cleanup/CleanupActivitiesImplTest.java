package org.baoflow.activities.kube.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.testing.TestActivityEnvironment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.baoflow.activities.kube.KubeSettings;
import org.baoflow.activities.kube.render.Labels;
import org.baoflow.activities.lane.ActivityEnvironments;
import org.baoflow.activities.lane.LaneClusterFixture;
import org.baoflow.api.v1alpha1.DeletionPolicy;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.lane.sim.harness.SimulatedOpenBao;
import org.baoflow.workflows.activities.CleanupActivities;
import org.baoflow.workflows.activities.CleanupActivities.CleanupReport;
import org.baoflow.workflows.activities.CleanupActivities.CleanupRequest;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Deleting a one-node cluster on the lane under each deletionPolicy: the workload stops, the
 * policy's data goes, and once the OpenBaoCluster itself is deleted (and the lane's garbage
 * collector took what it owned) exactly what the policy keeps is left.
 */
class CleanupActivitiesImplTest {
  private static Lane lane;
  private static KubernetesClient kube;

  private TestActivityEnvironment env;
  private CleanupActivities activities;
  private final List<String> heartbeats = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void startLane() {
    lane = Lane.builder().openBao(SimulatedOpenBao.launchers()).start();
    kube = lane.client();
  }

  @AfterAll
  static void stopLane() {
    if (lane != null) {
      lane.close();
    }
  }

  @BeforeEach
  void startEnvironment() {
    env = ActivityEnvironments.withBaoFlowConverter();
    env.registerActivitiesImplementations(
        new CleanupActivitiesImpl(
            kube, KubeSettings.of(LaneClusterFixture.PLATFORM, Duration.ofMillis(50))));
    env.setActivityHeartbeatListener(String.class, heartbeats::add);
    activities =
        env.newActivityStub(
            CleanupActivities.class,
            ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(60))
                .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                .build());
  }

  @AfterEach
  void closeEnvironment() {
    env.close();
  }

  @ParameterizedTest
  @EnumSource(DeletionPolicy.class)
  void eachPolicyLeavesExactlyWhatItSays(DeletionPolicy policy) {
    String name = "del-" + policy.wireValue().toLowerCase(Locale.ROOT);
    ClusterSnapshot requested = LaneClusterFixture.snapshot(LaneClusterFixture.DEV_SAMPLE, name, 1);
    OpenBaoCluster created = LaneClusterFixture.createResource(kube, requested);
    // The API server gives the resource its uid; the rendered owner references must name it.
    ClusterRef ref =
        new ClusterRef(
            requested.ref().kubernetesCluster(),
            requested.ref().namespace(),
            name,
            created.getMetadata().getUid());
    ClusterSnapshot snapshot = new ClusterSnapshot(ref, 1, requested.spec());
    LaneClusterFixture.applyAll(kube, snapshot);
    createLabelledSecret(ref, name + "-root-token");
    createUserSecret(ref, name + "-backup-credentials");
    await(() -> !pods(ref).isEmpty() && !claims(ref).isEmpty());

    List<String> stopped = activities.stopWorkload(ref);

    assertThat(stopped).containsExactly("StatefulSet/" + name);
    assertThat(pods(ref)).isEmpty();
    assertThat(heartbeats).anyMatch(h -> h.contains(name + "-0"));
    assertThat(kube.apps().statefulSets().inNamespace(ref.namespace()).withName(name).get())
        .isNull();

    CleanupReport report = activities.deleteData(new CleanupRequest(ref, policy));

    List<String> claims = List.of("PersistentVolumeClaim/data-" + name + "-0");
    List<String> secrets =
        List.of(
            "Secret/" + name + "-tls-ca",
            "Secret/" + name + "-tls-server",
            "Secret/" + name + "-unseal-key",
            "Secret/" + name + "-root-token");
    switch (policy) {
      case RETAIN -> {
        assertThat(report.deleted()).isEmpty();
        assertThat(report.kept()).containsExactlyInAnyOrderElementsOf(concat(claims, secrets));
      }
      case DELETE_PVCS -> {
        assertThat(report.deleted()).containsExactlyElementsOf(claims);
        assertThat(report.kept()).containsExactlyInAnyOrderElementsOf(secrets);
      }
      case DELETE_ALL -> {
        assertThat(report.deleted()).containsExactlyInAnyOrderElementsOf(concat(claims, secrets));
        assertThat(report.kept()).isEmpty();
      }
    }

    kube.resources(OpenBaoCluster.class).inNamespace(ref.namespace()).withName(name).delete();
    await(
        () ->
            kube.configMaps().inNamespace(ref.namespace()).withName(name + "-config").get()
                == null);

    List<String> left = new ArrayList<>(claims(ref));
    left.addAll(secretsNamed(ref, name));
    List<String> userSecrets =
        List.of("Secret/" + name + "-demo-login", "Secret/" + name + "-backup-credentials");
    switch (policy) {
      case RETAIN ->
          assertThat(left)
              .containsExactlyInAnyOrderElementsOf(concat(concat(claims, secrets), userSecrets));
      case DELETE_PVCS ->
          assertThat(left).containsExactlyInAnyOrderElementsOf(concat(secrets, userSecrets));
      case DELETE_ALL -> assertThat(left).containsExactlyInAnyOrderElementsOf(userSecrets);
    }

    CleanupReport again = activities.deleteData(new CleanupRequest(ref, policy));
    assertThat(again.deleted()).isEmpty();
    assertThat(activities.stopWorkload(ref)).isEmpty();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static void createLabelledSecret(ClusterRef ref, String secretName) {
    kube.resource(
            new SecretBuilder()
                .withNewMetadata()
                .withNamespace(ref.namespace())
                .withName(secretName)
                .withLabels(Labels.common(ref.name()))
                .endMetadata()
                .addToStringData("token", "not-a-real-token")
                .build())
        .create();
  }

  private static void createUserSecret(ClusterRef ref, String secretName) {
    kube.resource(
            new SecretBuilder()
                .withNewMetadata()
                .withNamespace(ref.namespace())
                .withName(secretName)
                .endMetadata()
                .addToStringData("key", "value")
                .build())
        .create();
  }

  private static List<String> pods(ClusterRef ref) {
    return kube
        .pods()
        .inNamespace(ref.namespace())
        .withLabel(Labels.CLUSTER, ref.name())
        .list()
        .getItems()
        .stream()
        .map(p -> p.getMetadata().getName())
        .toList();
  }

  private static List<String> claims(ClusterRef ref) {
    return kube.persistentVolumeClaims().inNamespace(ref.namespace()).list().getItems().stream()
        .map(c -> c.getMetadata().getName())
        .filter(n -> n.startsWith("data-" + ref.name() + "-"))
        .map(n -> "PersistentVolumeClaim/" + n)
        .toList();
  }

  private static List<String> secretsNamed(ClusterRef ref, String prefix) {
    return kube.secrets().inNamespace(ref.namespace()).list().getItems().stream()
        .map(s -> s.getMetadata().getName())
        .filter(n -> n.startsWith(prefix + "-"))
        .map(n -> "Secret/" + n)
        .toList();
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 30 s");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
