package org.baoflow.activities.backup;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.testing.TestActivityEnvironment;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.baoflow.activities.bao.BaoClientSettings;
import org.baoflow.activities.lane.ActivityEnvironments;
import org.baoflow.activities.lane.LaneClusterFixture;
import org.baoflow.activities.openbao.BaoActivitiesImpl;
import org.baoflow.activities.openbao.BaoSettings;
import org.baoflow.activities.openbao.PodPortAnnotationResolver;
import org.baoflow.activities.openbao.ServiceAccountTokens;
import org.baoflow.activities.openbao.TokenRequestTokens;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.lane.sim.harness.SimulatedOpenBao;
import org.baoflow.workflows.activities.BackupActivities;
import org.baoflow.workflows.activities.BaoActivities;
import org.baoflow.workflows.model.ClusterSnapshot;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A lane running one cluster of the Development sample, whose backups go to the lane's S3 server
 * through the spec's Service URL: the backup and OpenBao activities registered in a Temporal test
 * activity environment (one attempt per call, heartbeats recorded), the credentials Secret the spec
 * names, and an S3 client of its own for checking the bucket independently. Closing it closes the
 * lane.
 */
final class BackupLane implements AutoCloseable {
  /** The endpoint the sample's spec names, mapped to the lane's S3 server. */
  static final URI SPEC_ENDPOINT = URI.create("http://rustfs.rustfs.svc:9000");

  static final String BUCKET = "openbao-backups";
  static final String CREDENTIALS_SECRET = "rustfs-credentials";

  private final List<Object> heartbeats = new CopyOnWriteArrayList<>();
  private final Lane lane;
  private final BaoSettings baoSettings;
  private final TestActivityEnvironment environment;
  private final BackupActivities backups;
  private final BaoActivities bao;
  private final S3Client s3;

  private BackupLane(Lane lane) {
    this.lane = lane;
    KubernetesClient kube = lane.client();
    baoSettings =
        new BaoSettings(
            new PodPortAnnotationResolver(kube),
            new TokenRequestTokens(
                kube,
                LaneClusterFixture.PLATFORM.workerNamespace(),
                LaneClusterFixture.PLATFORM.workerServiceAccount(),
                ServiceAccountTokens.AUDIENCE),
            Duration.ofMillis(100),
            BaoClientSettings.defaults());
    environment = ActivityEnvironments.withBaoFlowConverter();
    environment.setActivityHeartbeatListener(Object.class, heartbeats::add);
    environment.registerActivitiesImplementations(
        new BackupActivitiesImpl(kube, baoSettings, settings()),
        new BaoActivitiesImpl(kube, baoSettings));
    ActivityOptions options =
        ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofSeconds(90))
            .setHeartbeatTimeout(Duration.ofSeconds(30))
            .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
            .build();
    backups = environment.newActivityStub(BackupActivities.class, options);
    bao = environment.newActivityStub(BaoActivities.class, options);
    s3 =
        S3Client.builder()
            .endpointOverride(lane.rustFs().endpoint())
            .region(Region.US_EAST_1)
            .forcePathStyle(true)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(
                        lane.rustFs().credentials().accessKeyId(),
                        lane.rustFs().credentials().secretAccessKey())))
            .build();
  }

  /** A lane running {@code cluster}'s resources with its bucket and credentials Secret. */
  static BackupLane start(ClusterSnapshot cluster) {
    Lane lane = Lane.builder().openBao(SimulatedOpenBao.launchers()).start();
    try {
      lane.rustFs().createBucket(BUCKET);
      LaneClusterFixture.applyAll(lane.client(), cluster);
      BackupLane backupLane = new BackupLane(lane);
      backupLane.writeCredentials(
          cluster.ref().namespace(),
          Map.of(
              TargetSecrets.ACCESS_KEY_ID, lane.rustFs().credentials().accessKeyId(),
              TargetSecrets.SECRET_ACCESS_KEY, lane.rustFs().credentials().secretAccessKey()));
      return backupLane;
    } catch (RuntimeException e) {
      lane.close();
      throw e;
    }
  }

  /** What the lane's worker uses: the spec's Service URL goes to the lane's S3 server. */
  BackupSettings settings() {
    return new BackupSettings(
        endpoint -> endpoint.equals(SPEC_ENDPOINT) ? lane.rustFs().endpoint() : endpoint);
  }

  /** Replaces the credentials Secret's data with {@code values}. */
  void writeCredentials(String namespace, Map<String, String> values) {
    writeSecret(namespace, CREDENTIALS_SECRET, values);
  }

  /** Creates or replaces Secret {@code namespace/name} with exactly {@code values}. */
  void writeSecret(String namespace, String name, Map<String, String> values) {
    lane.client()
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withNamespace(namespace)
                .withName(name)
                .endMetadata()
                .withData(encoded(values))
                .build())
        .createOr(existing -> existing.update());
  }

  private static Map<String, String> encoded(Map<String, String> values) {
    Map<String, String> data = new HashMap<>();
    values.forEach(
        (key, value) ->
            data.put(
                key, Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))));
    return data;
  }

  BackupActivities backups() {
    return backups;
  }

  BaoActivities bao() {
    return bao;
  }

  BaoSettings baoSettings() {
    return baoSettings;
  }

  /** The numeric heartbeat details reported so far (bytes sent or re-hashed). */
  List<Long> byteHeartbeats() {
    return heartbeats.stream()
        .filter(Number.class::isInstance)
        .map(details -> ((Number) details).longValue())
        .toList();
  }

  KubernetesClient kube() {
    return lane.client();
  }

  Lane lane() {
    return lane;
  }

  /** A client of the lane's S3 server, independent of the code under test. */
  S3Client s3() {
    return s3;
  }

  @Override
  public void close() {
    try {
      s3.close();
      environment.close();
    } finally {
      lane.close();
    }
  }
}
