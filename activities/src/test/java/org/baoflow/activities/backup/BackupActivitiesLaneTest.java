package org.baoflow.activities.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.baoflow.activities.bao.AuthClient;
import org.baoflow.activities.bao.BaoConnection;
import org.baoflow.activities.bao.BaoToken;
import org.baoflow.activities.bao.RaftClient;
import org.baoflow.activities.bao.TokenLookup;
import org.baoflow.activities.kube.render.SelfInitRenderer;
import org.baoflow.activities.lane.LaneClusterFixture;
import org.baoflow.activities.openbao.ClusterAccess;
import org.baoflow.api.v1alpha1.BackupRetention;
import org.baoflow.api.v1alpha1.OpenBaoClusterSpec;
import org.baoflow.api.v1alpha1.SecretRef;
import org.baoflow.lane.sim.s3.S3Fault;
import org.baoflow.workflows.activities.BackupActivities;
import org.baoflow.workflows.activities.BackupActivities.Leader;
import org.baoflow.workflows.activities.BackupActivities.ManifestRequest;
import org.baoflow.workflows.activities.BackupActivities.ObjectCheck;
import org.baoflow.workflows.activities.BackupActivities.RetentionRequest;
import org.baoflow.workflows.activities.BackupActivities.SnapshotRequest;
import org.baoflow.workflows.activities.BackupActivities.StreamResult;
import org.baoflow.workflows.activities.BackupActivities.VerifyRequest;
import org.baoflow.workflows.activities.BaoActivities.NodeRequest;
import org.baoflow.workflows.activities.BaoActivities.VotersRequest;
import org.baoflow.workflows.activities.FailureTypes;
import org.baoflow.workflows.backup.BackupManifest;
import org.baoflow.workflows.backup.BackupObjectKeys;
import org.baoflow.workflows.backup.BackupReason;
import org.baoflow.workflows.backup.RetentionPlan;
import org.baoflow.workflows.model.ClusterRef;
import org.baoflow.workflows.model.ClusterSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The backup activities against a self-initialized three-pod cluster of the lane and the lane's S3
 * server, reached through the spec's Service URL as the lane's worker reaches it. Each test writes
 * under its own keys or path prefix, so they run in any order.
 */
class BackupActivitiesLaneTest {
  private static final String NAME = "bk";
  private static final List<String> PODS = List.of("bk-0", "bk-1", "bk-2");
  private static final String BACKUP_ROLE = "openbao-operator-backup";
  private static final int PART = 5 * 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static BackupLane lane;
  private static BackupActivities backups;
  private static ClusterSnapshot cluster;
  private static String prefix;

  @BeforeAll
  static void startCluster() {
    cluster = LaneClusterFixture.snapshot(LaneClusterFixture.DEV_SAMPLE, NAME, 3);
    lane = BackupLane.start(cluster);
    backups = lane.backups();
    lane.bao().awaitActive(new NodeRequest(cluster, "bk-0"));
    lane.bao().awaitVoters(new VotersRequest(cluster, PODS));
    prefix = BackupObjectKeys.clusterPrefix(null, cluster.ref());
  }

  @AfterAll
  static void stop() {
    if (lane != null) {
      lane.close();
    }
  }

  @Test
  void findLeaderNamesTheRaftLeaderWithItsVersionAndCommittedIndex() {
    Leader leader = backups.findLeader(cluster);

    assertThat(leader.pod()).isEqualTo(lane.bao().raftState(cluster).leader());
    assertThat(leader.openBaoVersion()).isNotBlank();
    assertThat(leader.raftIndex()).isPositive();
  }

  @Test
  void aStandbyAskedFirstLeadsToTheLeaderAndIsNeverReturned() {
    String leader = lane.bao().raftState(cluster).leader();
    List<String> standbys = PODS.stream().filter(pod -> !pod.equals(leader)).toList();
    try (ClusterAccess access = access()) {
      LeaderLookup lookup = new LeaderLookup(access);

      assertThat(lookup.find(List.of(standbys.get(0))).pod()).isEqualTo(leader);
      assertThat(lookup.find(List.of(standbys.get(1), standbys.get(0), leader)).pod())
          .isEqualTo(leader);
    }
  }

  @Test
  void theStoredObjectHoldsExactlyWhatTheLeaderServesWithTheUsersTokenLeftValid() {
    Leader leader = backups.findLeader(cluster);
    BaoToken userToken = backupLogin(leader.pod());
    lane.writeSecret(
        cluster.ref().namespace(), "bk-backup-token", Map.of("token", userToken.reveal()));
    ClusterSnapshot withToken =
        withSpec(spec -> spec.getBackup().setTokenSecretRef(ref("bk-backup-token")));
    String key = prefix + "20261123T041500Z-manual-identical.snap";

    StreamResult result =
        backups.streamSnapshot(new SnapshotRequest(withToken, leader.pod(), key, PART, 2));
    byte[] direct = snapshot(leader.pod(), userToken);

    byte[] stored = download(key);
    assertThat(sha256(stored)).isEqualTo(result.sha256());
    assertThat(stored).hasSize((int) result.size());
    assertThat(result.etag())
        .isEqualTo(lane.s3().headObject(head -> head.bucket(BackupLane.BUCKET).key(key)).eTag());
    Map<String, byte[]> storedFiles = SnapshotArchive.files(stored);
    Map<String, byte[]> directFiles = SnapshotArchive.files(direct);
    assertThat(storedFiles.keySet())
        .containsExactly("meta.json", "state.bin", "SHA256SUMS", "SHA256SUMS.sealed");
    for (String file : List.of("meta.json", "state.bin", "SHA256SUMS")) {
      assertThat(storedFiles.get(file)).as(file).isEqualTo(directFiles.get(file));
    }
    assertThat(lane.byteHeartbeats()).contains(result.size());
    // The user's token is theirs: a backup never revokes it.
    try (ClusterAccess access = access()) {
      TokenLookup lookup = new AuthClient(access.connect(leader.pod())).lookupSelf(() -> userToken);
      assertThat(lookup.policies()).contains(BACKUP_ROLE);
    }
  }

  @Test
  void theBackupJwtRoleStreamsASnapshotTheVerifierFindsIntact() {
    Leader leader = backups.findLeader(cluster);
    String key = prefix + "20261123T043000Z-manual-jwt.snap";

    StreamResult result =
        backups.streamSnapshot(new SnapshotRequest(cluster, leader.pod(), key, PART, 3));
    ObjectCheck check = backups.verifyObject(new VerifyRequest(cluster, key, result));

    byte[] stored = download(key);
    assertThat(sha256(stored)).isEqualTo(result.sha256());
    assertThat(stored).hasSize((int) result.size());
    assertThat(SnapshotArchive.files(stored)).containsKey("state.bin");
    assertThat(check).isEqualTo(new ObjectCheck(true, ""));
  }

  @Test
  void verifyObjectReportsATruncatedOrReplacedObjectWithTheReason() {
    byte[] original = "snapshot bytes that were streamed".getBytes(StandardCharsets.UTF_8);
    String truncatedKey = prefix + "20261123T044500Z-manual-truncated.snap";
    String replacedKey = prefix + "20261123T044500Z-manual-replaced.snap";
    StreamResult truncatedStream =
        new StreamResult(original.length, sha256(original), put(truncatedKey, original));
    StreamResult replacedStream =
        new StreamResult(original.length, sha256(original), put(replacedKey, original));
    put(truncatedKey, Arrays.copyOf(original, original.length - 5));
    byte[] replaced = original.clone();
    replaced[0] = 'S';
    put(replacedKey, replaced);

    ObjectCheck truncated =
        backups.verifyObject(new VerifyRequest(cluster, truncatedKey, truncatedStream));
    ObjectCheck other =
        backups.verifyObject(new VerifyRequest(cluster, replacedKey, replacedStream));

    assertThat(truncated.intact()).isFalse();
    assertThat(truncated.problem())
        .contains("object truncated: " + (original.length - 5) + " bytes stored");
    assertThat(other.intact()).isFalse();
    assertThat(other.problem()).contains("object replaced").contains("wrong hash");
  }

  @Test
  void writeManifestStoresTheManifestAsJsonBesideItsObject() throws IOException {
    String key = prefix + "20261123T050000Z-manual-manifest.snap";
    BackupManifest manifest = manifest(cluster.ref(), key, Instant.parse("2026-11-23T05:00:00Z"));

    backups.writeManifest(new ManifestRequest(cluster, manifest));

    byte[] json = download(BackupObjectKeys.ofSnapshot(key).manifest());
    assertThat(ManifestCodec.read(json)).isEqualTo(manifest);
    JsonNode tree = JSON.readTree(json);
    assertThat(tree.get("startedAt").asText()).isEqualTo("2026-11-23T05:00:00Z");
    assertThat(tree.get("reason").asText()).isEqualTo("manual");
    assertThat(tree.get("uid").asText()).isEqualTo(cluster.ref().uid());
  }

  @Test
  void retentionKeepsMaxCountDropsWhatIsTooOldAndTouchesNothingElse() {
    ClusterSnapshot retained =
        withSpec(spec -> spec.getBackup().getTarget().setPathPrefix("retention"));
    String ours = BackupObjectKeys.clusterPrefix("retention", cluster.ref());
    Instant now = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    ClusterRef otherUid =
        new ClusterRef(cluster.ref().kubernetesCluster(), "openbao", NAME, "other-uid");
    ClusterRef otherKubernetes = new ClusterRef("secondary", "openbao", NAME, cluster.ref().uid());
    String justWritten = backup(ours, cluster.ref(), now.minus(Duration.ofHours(1)), "j");
    String dayOld = backup(ours, cluster.ref(), now.minus(Duration.ofDays(1)), "a");
    String twoDaysOld = backup(ours, cluster.ref(), now.minus(Duration.ofDays(2)), "c");
    String threeDaysOld = backup(ours, cluster.ref(), now.minus(Duration.ofDays(3)), "d");
    String eightDaysOld = backup(ours, cluster.ref(), now.minus(Duration.ofDays(8)), "b");
    String otherIncarnation = backup(ours, otherUid, now.minus(Duration.ofDays(30)), "u");
    String otherCluster = backup(ours, otherKubernetes, now.minus(Duration.ofDays(30)), "k");
    String orphan = ours + "20261101T000000Z-scheduled.snap";
    put(orphan, new byte[] {1});
    List<String> untouchable =
        List.of(
            ours + "notes.txt",
            ours + "deeper/20261101T000000Z-scheduled.snap",
            ours + "20261101T000000Z-unreadable.json",
            ours + "20261101T000000Z-unreadable.snap",
            "retention/secondary/openbao/" + NAME + "/20261101T000000Z-scheduled.snap");
    untouchable.forEach(key -> put(key, "{not a manifest".getBytes(StandardCharsets.UTF_8)));

    RetentionPlan byAge =
        backups.applyRetention(
            new RetentionRequest(
                withRetention(retained, 0, "168h"), justWritten, now.toEpochMilli()));

    assertThat(byAge.manifests()).containsExactly(manifestOf(eightDaysOld));
    assertThat(byAge.objects()).containsExactlyInAnyOrder(eightDaysOld, orphan);
    assertThat(byAge.kept()).containsExactly(justWritten, dayOld, twoDaysOld, threeDaysOld);

    RetentionPlan byCount =
        backups.applyRetention(
            new RetentionRequest(
                withRetention(retained, 2, "168h"), justWritten, now.toEpochMilli()));

    assertThat(byCount.kept()).containsExactly(justWritten, dayOld);
    assertThat(byCount.objects()).containsExactlyInAnyOrder(twoDaysOld, threeDaysOld);
    List<String> left = keysUnder("retention/");
    assertThat(left)
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(
                    untouchable.stream(),
                    Stream.of(justWritten, dayOld, otherIncarnation, otherCluster)
                        .flatMap(key -> Stream.of(key, manifestOf(key))))
                .toList());
  }

  @Test
  void deleteClusterBackupsRemovesExactlyThisClustersBackupsAndIsIdempotent() {
    ClusterSnapshot deleting =
        withSpec(spec -> spec.getBackup().getTarget().setPathPrefix("delete-all"));
    String ours = BackupObjectKeys.clusterPrefix("delete-all", cluster.ref());
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClusterRef otherUid =
        new ClusterRef(cluster.ref().kubernetesCluster(), "openbao", NAME, "other-uid");
    String first = backup(ours, cluster.ref(), now.minus(Duration.ofDays(1)), "one");
    String second = backup(ours, cluster.ref(), now, "two");
    String incomplete = ours + "20261101T000000Z-scheduled.snap";
    put(incomplete, new byte[] {1});
    String otherIncarnation = backup(ours, otherUid, now, "other");
    String otherClusterKey = "delete-all/secondary/openbao/" + NAME + "/20261101T000000Z-x.snap";
    String unrelated = ours + "notes.txt";
    put(otherClusterKey, new byte[] {2});
    put(unrelated, new byte[] {3});

    long deleted = backups.deleteClusterBackups(deleting);
    long again = backups.deleteClusterBackups(deleting);

    assertThat(deleted).isEqualTo(5);
    assertThat(again).isZero();
    assertThat(keysUnder("delete-all/"))
        .containsExactlyInAnyOrder(
            otherIncarnation, manifestOf(otherIncarnation), otherClusterKey, unrelated);
    assertThat(backups.deleteClusterBackups(withSpec(spec -> spec.setBackup(null)))).isZero();
  }

  @Test
  void aRetryAfterAFailedAttemptLeavesOneObjectAndNoOpenUpload() {
    Leader leader = backups.findLeader(cluster);
    String key = prefix + "20261123T060000Z-scheduled.snap";
    // What a worker killed mid-upload leaves behind.
    String stale =
        lane.s3()
            .createMultipartUpload(create -> create.bucket(BackupLane.BUCKET).key(key))
            .uploadId();
    lane.s3()
        .uploadPart(
            part -> part.bucket(BackupLane.BUCKET).key(key).uploadId(stale).partNumber(1),
            RequestBody.fromBytes(new byte[PART]));
    List<Object> heartbeats = new CopyOnWriteArrayList<>();
    BackupActivitiesImpl outsideTemporal =
        new BackupActivitiesImpl(lane.kube(), lane.baoSettings(), lane.settings(), heartbeats::add);
    SnapshotRequest request = new SnapshotRequest(cluster, leader.pod(), key, PART, 2);

    lane.lane().rustFs().faults().failNext(50, S3Fault.INTERNAL_ERROR);
    Throwable failed;
    try {
      failed = catchThrowable(() -> outsideTemporal.streamSnapshot(request));
    } finally {
      lane.lane().rustFs().faults().clear();
    }
    StreamResult result = outsideTemporal.streamSnapshot(request);

    assertThat(failed)
        .isInstanceOf(S3Exception.class)
        .satisfies(e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(500));
    assertThat(keysUnder(key)).containsExactly(key);
    assertThat(sha256(download(key))).isEqualTo(result.sha256());
    assertThat(openUploads(key)).isEmpty();
    assertThat(heartbeats).contains(result.size());
  }

  @Test
  void refusedCredentialsNameTheSecretAndNoValue() {
    Leader leader = backups.findLeader(cluster);
    String key = prefix + "20261123T070000Z-manual-credentials.snap";
    SnapshotRequest request = new SnapshotRequest(cluster, leader.pod(), key, PART, 2);
    String namespace = cluster.ref().namespace();
    String realSecret = lane.lane().rustFs().credentials().secretAccessKey();
    String wrongSecret = "wrong-" + realSecret.substring(6);
    try {
      lane.writeCredentials(
          namespace,
          Map.of(
              TargetSecrets.ACCESS_KEY_ID,
              lane.lane().rustFs().credentials().accessKeyId(),
              TargetSecrets.SECRET_ACCESS_KEY,
              wrongSecret));
      Throwable refused = catchThrowable(() -> backups.streamSnapshot(request));
      lane.writeCredentials(namespace, Map.of(TargetSecrets.SECRET_ACCESS_KEY, realSecret));
      Throwable incomplete = catchThrowable(() -> backups.streamSnapshot(request));

      assertThat(message(refused))
          .contains(
              "the S3 endpoint refused the credentials of Secret "
                  + namespace
                  + "/rustfs-credentials named by spec.backup.target.credentialsSecretRef");
      assertThat(message(incomplete))
          .isEqualTo(
              "Secret "
                  + namespace
                  + "/rustfs-credentials named by spec.backup.target.credentialsSecretRef has no"
                  + " key accessKeyId: add it, or correct spec.backup.target.credentialsSecretRef");
      for (Throwable failure : List.of(refused, incomplete)) {
        assertThat(everything(failure)).doesNotContain(wrongSecret).doesNotContain(realSecret);
      }
      assertThat(keysUnder(key)).isEmpty();
    } finally {
      lane.writeCredentials(
          namespace,
          Map.of(
              TargetSecrets.ACCESS_KEY_ID,
              lane.lane().rustFs().credentials().accessKeyId(),
              TargetSecrets.SECRET_ACCESS_KEY,
              realSecret));
    }
  }

  @Test
  void aMissingSecretIsNamedWithTheFieldThatNamesIt() {
    ClusterSnapshot absentCredentials =
        withSpec(spec -> spec.getBackup().getTarget().setCredentialsSecretRef(ref("absent")));
    ClusterSnapshot absentCa =
        withSpec(spec -> spec.getBackup().getTarget().setCaSecretRef(ref("absent-ca")));
    String key = prefix + "20261123T073000Z-scheduled.snap";
    StreamResult stream = new StreamResult(1, "00", "\"etag\"");

    Throwable credentials =
        catchThrowable(
            () -> backups.verifyObject(new VerifyRequest(absentCredentials, key, stream)));
    Throwable ca =
        catchThrowable(() -> backups.verifyObject(new VerifyRequest(absentCa, key, stream)));

    String namespace = cluster.ref().namespace();
    assertThat(message(credentials))
        .isEqualTo(
            "Secret "
                + namespace
                + "/absent named by spec.backup.target.credentialsSecretRef does not exist:"
                + " create it, or correct spec.backup.target.credentialsSecretRef");
    assertThat(message(ca))
        .startsWith(
            "Secret "
                + namespace
                + "/absent-ca named by spec.backup.target.caSecretRef does not"
                + " exist");
    assertThat(((ApplicationFailure) credentials.getCause()).isNonRetryable()).isFalse();

    // DeleteAll does not wait for a Secret that went with its namespace.
    Throwable deleting = catchThrowable(() -> backups.deleteClusterBackups(absentCredentials));
    assertThat(message(deleting))
        .contains("credentialsSecretRef does not exist")
        .endsWith("the backups cannot be deleted without it");
    assertThat(deleting.getCause())
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.isNonRetryable()).isTrue();
              assertThat(failure.getType()).isEqualTo(FailureTypes.INVALID_SPEC);
            });
  }

  @Test
  void aSpecWithoutABackupTargetFailsAsInvalidWithoutRetries() {
    ClusterSnapshot withoutBackup = withSpec(spec -> spec.setBackup(null));

    Throwable failure =
        catchThrowable(
            () ->
                backups.streamSnapshot(
                    new SnapshotRequest(
                        withoutBackup,
                        "bk-0",
                        prefix + "20261123T080000Z-scheduled.snap",
                        PART,
                        2)));

    assertThat(failure).isInstanceOf(ActivityFailure.class);
    ApplicationFailure cause = (ApplicationFailure) failure.getCause();
    assertThat(cause.getType()).isEqualTo(FailureTypes.INVALID_SPEC);
    assertThat(cause.isNonRetryable()).isTrue();
    assertThat(cause.getOriginalMessage()).contains("spec.backup");
  }

  private static ClusterSnapshot withSpec(Consumer<OpenBaoClusterSpec> change) {
    OpenBaoClusterSpec spec = LaneClusterFixture.load(LaneClusterFixture.DEV_SAMPLE).getSpec();
    spec.setReplicas(3);
    change.accept(spec);
    return new ClusterSnapshot(cluster.ref(), cluster.generation(), spec);
  }

  private static ClusterSnapshot withRetention(ClusterSnapshot base, int maxCount, String maxAge) {
    BackupRetention retention = new BackupRetention();
    retention.setMaxCount(maxCount);
    retention.setMaxAge(maxAge);
    base.spec().getBackup().setRetention(retention);
    return base;
  }

  private static SecretRef ref(String name) {
    SecretRef ref = new SecretRef();
    ref.setName(name);
    return ref;
  }

  private static ClusterAccess access() {
    return ClusterAccess.of(lane.kube(), lane.baoSettings(), cluster);
  }

  /** A token of the backup role, logged in as the worker and not revoked. */
  private static BaoToken backupLogin(String pod) {
    try (ClusterAccess access = access()) {
      BaoConnection connection = access.connect(pod);
      return new AuthClient(connection)
          .jwtLogin(SelfInitRenderer.JWT_MOUNT, BACKUP_ROLE, lane.baoSettings().tokens().token())
          .token();
    }
  }

  private static byte[] snapshot(String pod, BaoToken token) {
    try (ClusterAccess access = access();
        InputStream in = new RaftClient(access.connect(pod)).snapshot(token)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a backup (object and manifest) directly; returns its snapshot key. */
  private static String backup(
      String clusterPrefix, ClusterRef owner, Instant startedAt, String id) {
    String key = BackupObjectKeys.of(clusterPrefix, startedAt, "manual-" + id).snapshot();
    put(key, id.getBytes(StandardCharsets.UTF_8));
    put(manifestOf(key), ManifestCodec.write(manifest(owner, key, startedAt)));
    return key;
  }

  private static BackupManifest manifest(ClusterRef owner, String key, Instant startedAt) {
    return new BackupManifest(
        owner.name(),
        owner.namespace(),
        owner.uid(),
        owner.kubernetesCluster(),
        "2.4.4",
        42,
        "static",
        "static-key",
        key,
        1,
        "00",
        "\"etag\"",
        startedAt,
        startedAt.plusSeconds(5),
        "obao_primary_openbao_bk_backup_manual_x",
        BackupReason.MANUAL);
  }

  private static String manifestOf(String snapshotKey) {
    return BackupObjectKeys.ofSnapshot(snapshotKey).manifest();
  }

  /** Writes an object directly; returns its ETag. */
  private static String put(String key, byte[] content) {
    return lane.s3()
        .putObject(put -> put.bucket(BackupLane.BUCKET).key(key), RequestBody.fromBytes(content))
        .eTag();
  }

  private static byte[] download(String key) {
    return lane.s3().getObjectAsBytes(get -> get.bucket(BackupLane.BUCKET).key(key)).asByteArray();
  }

  private static List<String> keysUnder(String keyPrefix) {
    return lane
        .s3()
        .listObjectsV2Paginator(list -> list.bucket(BackupLane.BUCKET).prefix(keyPrefix))
        .contents()
        .stream()
        .map(S3Object::key)
        .toList();
  }

  private static List<String> openUploads(String key) {
    return lane
        .s3()
        .listMultipartUploads(list -> list.bucket(BackupLane.BUCKET).prefix(key))
        .uploads()
        .stream()
        .map(MultipartUpload::uploadId)
        .toList();
  }

  /** The message a workflow sees: the application failure's own message. */
  private static String message(Throwable failure) {
    assertThat(failure).isInstanceOf(ActivityFailure.class);
    return ((ApplicationFailure) failure.getCause()).getOriginalMessage();
  }

  /** Every message and string form in the failure's cause chain. */
  private static String everything(Throwable failure) {
    List<String> parts = new ArrayList<>();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      parts.add(String.valueOf(t));
      if (t instanceof ApplicationFailure application) {
        parts.add(String.valueOf(application.getDetails()));
      }
    }
    return String.join("\n", parts);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
