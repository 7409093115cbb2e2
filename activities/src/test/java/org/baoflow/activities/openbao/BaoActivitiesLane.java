package org.baoflow.activities.openbao;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.testing.TestActivityEnvironment;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.baoflow.activities.bao.BaoClientSettings;
import org.baoflow.activities.lane.ActivityEnvironments;
import org.baoflow.activities.lane.LaneClusterFixture;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.lane.sim.harness.SimulatedOpenBao;
import org.baoflow.workflows.activities.BaoActivities;
import org.baoflow.workflows.model.ClusterSnapshot;

/**
 * The activities under test as a workflow would call them: registered in a Temporal test activity
 * environment (so heartbeats work) with the lane's settings, one attempt per call, against one
 * cluster's resources applied in a lane of their own. Closing it closes the lane.
 */
final class BaoActivitiesLane implements AutoCloseable {
  static final Duration POLL = Duration.ofMillis(100);

  private final List<String> heartbeats = new CopyOnWriteArrayList<>();
  private final Lane lane;
  private final TestActivityEnvironment environment;
  private final BaoActivities activities;

  /** A lane running {@code cluster}'s resources, the activities with the lane's settings. */
  static BaoActivitiesLane start(ClusterSnapshot cluster) {
    return start(cluster, UnaryOperator.identity());
  }

  /** As {@link #start(ClusterSnapshot)}, with the lane's settings changed by {@code tuning}. */
  static BaoActivitiesLane start(ClusterSnapshot cluster, UnaryOperator<BaoSettings> tuning) {
    Lane lane = Lane.builder().openBao(SimulatedOpenBao.launchers()).start();
    try {
      LaneClusterFixture.applyAll(lane.client(), cluster);
      return new BaoActivitiesLane(lane, tuning.apply(settings(lane.client())));
    } catch (RuntimeException e) {
      lane.close();
      throw e;
    }
  }

  private BaoActivitiesLane(Lane lane, BaoSettings settings) {
    this.lane = lane;
    KubernetesClient kube = lane.client();
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

  /** The lane's Kubernetes API. */
  KubernetesClient kube() {
    return lane.client();
  }

  @Override
  public void close() {
    try {
      environment.close();
    } finally {
      lane.close();
    }
  }
}
