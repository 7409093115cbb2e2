package org.baoflow.activities.openbao;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.testing.TestActivityEnvironment;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.baoflow.activities.bao.BaoClientSettings;
import org.baoflow.activities.lane.ActivityEnvironments;
import org.baoflow.activities.lane.LaneClusterFixture;
import org.baoflow.workflows.activities.BaoActivities;

/**
 * The activities under test as a workflow would call them: registered in a Temporal test activity
 * environment (so heartbeats work) with the lane's settings, one attempt per call.
 */
final class BaoActivitiesLane implements AutoCloseable {
  static final Duration POLL = Duration.ofMillis(100);

  private final List<String> heartbeats = new CopyOnWriteArrayList<>();
  private final TestActivityEnvironment environment;
  private final BaoActivities activities;

  BaoActivitiesLane(KubernetesClient kube) {
    this(kube, settings(kube));
  }

  BaoActivitiesLane(KubernetesClient kube, BaoSettings settings) {
    environment = ActivityEnvironments.withBaoFlowConverter();
    environment.setActivityHeartbeatListener(String.class, heartbeats::add);
    environment.registerActivitiesImplementations(new BaoActivitiesImpl(kube, settings));
    activities =
        environment.newActivityStub(
            BaoActivities.class,
            ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(90))
                .setHeartbeatTimeout(Duration.ofSeconds(30))
                .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                .build());
  }

  /** What the lane's worker uses: ports from the pods' annotations, TokenRequest tokens. */
  static BaoSettings settings(KubernetesClient kube) {
    return new BaoSettings(
        new PodPortAnnotationResolver(kube),
        new TokenRequestTokens(
            kube,
            LaneClusterFixture.PLATFORM.workerNamespace(),
            LaneClusterFixture.PLATFORM.workerServiceAccount(),
            ServiceAccountTokens.AUDIENCE),
        POLL,
        BaoClientSettings.defaults());
  }

  /** The heartbeat details the activities reported so far. */
  List<String> heartbeats() {
    return List.copyOf(heartbeats);
  }

  BaoActivities activities() {
    return activities;
  }

  @Override
  public void close() {
    environment.close();
  }
}
