package org.baoflow.lane;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.filter.v1.StartTimeFilter;
import io.temporal.api.filter.v1.WorkflowExecutionFilter;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.testservice.v1.SleepRequest;
import io.temporal.api.workflowservice.v1.ListClosedWorkflowExecutionsRequest;
import io.temporal.serviceclient.TestServiceStubs;
import io.temporal.serviceclient.TestServiceStubsOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.baoflow.activities.bao.AuthClient;
import org.baoflow.activities.bao.BaoConnection;
import org.baoflow.activities.bao.BaoToken;
import org.baoflow.activities.bao.KvClient;
import org.baoflow.activities.bao.RaftClient;
import org.baoflow.api.v1alpha1.BackupRetention;
import org.baoflow.api.v1alpha1.BackupSpec;
import org.baoflow.api.v1alpha1.BackupStatus;
import org.baoflow.api.v1alpha1.DeletionPolicy;
import org.baoflow.api.v1alpha1.OpenBaoCluster;
import org.baoflow.api.v1alpha1.OpenBaoClusterStatus;
import org.baoflow.api.v1alpha1.RequestOperation;
import org.baoflow.api.v1alpha1.SecretEngineRequest;
import org.baoflow.api.v1alpha1.SecretRef;
import org.baoflow.api.v1alpha1.SelfInitRequest;
import org.baoflow.lane.sim.harness.Lane;
import org.baoflow.lane.sim.harness.SimulatedOpenBao;
import org.baoflow.lane.sim.s3.S3Fault;
import org.baoflow.worker.TaskHandling;
import org.baoflow.workflows.ids.ClusterWorkflowIds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 5's end-to-end proof, through the real watcher and worker against the lane's OpenBao,
 * Kubernetes and S3 server, on one cluster whose cases build on each other in order: manual
 * requests (once per id, also when re-sent), what is stored is a whole snapshot with the manifest's
 * SHA-256, S3 down fails a backup and the next request recovers, a worker killed mid-upload leaves
 * one object and no open upload, scheduled backups over simulated days with retention by count and
 * age, DeleteAll removing exactly this cluster's objects, and no credential in any history. The
 * bucket is listed and read with the test's own S3 client throughout.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(300)
class BackupLaneIT {
  private static final String NAMESPACE = "openbao";
  private static final String NAME = "dev";
  private static final String BUCKET = "openbao-backups";
  private static final String CREDENTIALS = "rustfs-credentials";
  private static final String PATH_PREFIX = "lane/backups";
  private static final String CLUSTER_PREFIX =
      PATH_PREFIX + "/" + Lane.DEFAULT_CLUSTER + "/" + NAMESPACE + "/" + NAME + "/";
  private static final String TRIGGER = "openbao.org/trigger-backup";

  /**
   * Daily, half a day from the test's start: the cases before the simulated days run in real time
   * for minutes, and a fire among them would add a backup they do not expect.
   */
  private static final int FIRE_HOUR = (Instant.now().atZone(ZoneOffset.UTC).getHour() + 12) % 24;

  private static final String SCHEDULE = "0 " + FIRE_HOUR + " * * *";
  private static final String MAX_AGE = "36h";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /**
   * Planted under this cluster's prefix without a manifest, stamped far in the future: a listing
   * sorted by name would take it for the newest backup.
   */
  private static final String STRAY = CLUSTER_PREFIX + "20991231T000000Z-scheduled.snap";

  /** Planted under this cluster's prefix with a manifest of another incarnation (other uid). */
  private static final String OTHER_INCARNATION = CLUSTER_PREFIX + "20260101T000000Z-scheduled";

  /** Planted outside this cluster's prefix: other cluster, other Kubernetes cluster, unrelated. */
  private static final List<String> FOREIGN =
      List.of(
          PATH_PREFIX + "/" + Lane.DEFAULT_CLUSTER + "/" + NAMESPACE + "/dev-2/x-scheduled.snap",
          PATH_PREFIX + "/" + Lane.DEFAULT_CLUSTER + "/" + NAMESPACE + "/dev-2/x-scheduled.json",
          PATH_PREFIX + "/eu-west/" + NAMESPACE + "/" + NAME + "/x-scheduled.snap",
          "unrelated/readme.txt",
          CLUSTER_PREFIX + "notes.txt",
          CLUSTER_PREFIX + "keep/deeper.snap");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern BAO_TOKEN = Pattern.compile("hvs\\.[A-Za-z0-9]{24}");

  private static Lane lane;
  private static LaneBaoFlow baoflow;
  private static OperatedClusters clusters;
  private static LaneBucket bucket;
  private static final UploadStall STALL = new UploadStall();
  private static final ClusterWorkflowIds IDS =
      new ClusterWorkflowIds(Lane.DEFAULT_CLUSTER, NAMESPACE, NAME);

  /** Every lastBackupKey status ever showed while a case waited. */
  private static final Set<String> REPORTED_KEYS = new TreeSet<>();

  /** Secret values no history may contain. */
  private static final List<String> SECRETS = new ArrayList<>();

  private static Instant firstFire;
  private static long generation = 1;

  @BeforeAll
  static void startLane() {
    lane = Lane.builder().realTimeTemporal().openBao(SimulatedOpenBao.launchers()).start();
    // Sticky execution off: the test server never moves a killed worker's sticky task.
    baoflow =
        LaneBaoFlow.start(lane, Lane.DEFAULT_CLUSTER, new TaskHandling(List.of(STALL), false));
    clusters = new OperatedClusters(lane.client(), lane.workflowClient());
    bucket = LaneBucket.create(lane.rustFs(), BUCKET);
    SECRETS.add(lane.rustFs().credentials().accessKeyId());
    SECRETS.add(lane.rustFs().credentials().secretAccessKey());
    FOREIGN.forEach(key -> bucket.put(key, "not this cluster's backup"));
    bucket.put(STRAY, "an upload that never got its manifest");
  }

  @AfterAll
  static void stopLane() {
    if (bucket != null) {
      bucket.close();
    }
    if (baoflow != null) {
      baoflow.close();
    }
    if (lane != null) {
      lane.close();
    }
  }

  @Test
  @Order(1)
  void theClusterBootstrapsWithItsBackupScheduled() {
    OpenBaoCluster cluster = OperatedClusters.load(OperatedClusters.DEV_SAMPLE, NAME);
    cluster.getSpec().setDeletionPolicy(DeletionPolicy.DELETE_ALL);
    BackupSpec backup = cluster.getSpec().getBackup();
    backup.setSchedule(SCHEDULE);
    backup.getTarget().setEndpoint(LaneBaoFlow.RUSTFS_SERVICE.toString());
    backup.getTarget().setBucket(BUCKET);
    backup.getTarget().setPathPrefix("/" + PATH_PREFIX + "/");
    backup.getTarget().setUsePathStyle(true);
    // The smallest part S3 takes, so a filled cluster's snapshot is a multipart upload.
    backup.getTarget().setPartSize(5L << 20);
    SecretRef credentials = new SecretRef();
    credentials.setName(CREDENTIALS);
    backup.getTarget().setCredentialsSecretRef(credentials);
    BackupRetention retention = new BackupRetention();
    retention.setMaxCount(2);
    retention.setMaxAge(MAX_AGE);
    backup.setRetention(retention);
    cluster.getSpec().getSelfInit().getRequests().add(kvMount());
    Instant created = temporalNow();
    clusters.create(cluster);
    clusters
        .kube()
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withNamespace(NAMESPACE)
                .withName(CREDENTIALS)
                .endMetadata()
                .addToStringData("accessKeyId", lane.rustFs().credentials().accessKeyId())
                .addToStringData("secretAccessKey", lane.rustFs().credentials().secretAccessKey())
                .build())
        .create();

    OpenBaoClusterStatus status =
        clusters.awaitStatus(
            NAMESPACE,
            NAME,
            "Running with the next backup scheduled",
            OperatedClusters.running(3, generation)
                .and(s -> s.getBackup() != null && s.getBackup().getNextScheduledBackup() != null));

    firstFire = nextFire(created);
    assertThat(Instant.parse(status.getBackup().getNextScheduledBackup()))
        .as("the first fire of %s after the schedule was set", SCHEDULE)
        .isIn(firstFire, nextFire(temporalNow()));
    firstFire = Instant.parse(status.getBackup().getNextScheduledBackup());
    assertThat(status.getBackup().getLastBackupKey()).as("no backup yet").isNull();
  }

  @Test
  @Order(2)
  void aManualRequestRunsOnceAndStoresTheLeadersSnapshotWithItsManifest() {
    BackupStatus backup = request("req-1");
    String key = backup.getLastBackupKey();
    assertThat(key).startsWith(CLUSTER_PREFIX).endsWith("-manual-req-1.snap");
    assertThat(snapshots())
        .containsExactlyInAnyOrder(key, STRAY, CLUSTER_PREFIX + "keep/deeper.snap");
    assertThat(manifests()).containsExactly(manifestOf(key));

    // Independent download: the bytes hash to what the manifest and status say.
    byte[] stored = bucket.get(key);
    JsonNode manifest = manifest(key);
    assertThat(LaneBucket.sha256(stored))
        .isEqualTo(manifest.get("sha256").asText())
        .isEqualTo(backup.getLastBackupSha256());
    assertThat((long) stored.length)
        .isEqualTo(manifest.get("size").asLong())
        .isEqualTo(backup.getLastBackupSize());
    OpenBaoCluster resource = clusters.get(NAMESPACE, NAME);
    assertThat(manifest.get("uid").asText()).isEqualTo(resource.getMetadata().getUid());
    assertThat(manifest.get("kubernetesCluster").asText()).isEqualTo(Lane.DEFAULT_CLUSTER);
    assertThat(manifest.get("cluster").asText()).isEqualTo(NAME);
    assertThat(manifest.get("objectKey").asText()).isEqualTo(key);
    assertThat(manifest.get("workflowId").asText()).isEqualTo(IDS.manualBackup("req-1"));
    assertThat(manifest.get("reason").asText()).isEqualToIgnoringCase("manual");

    // A whole snapshot: every file present and its checksums agree, at the manifest's raft index.
    RaftSnapshotFiles files = RaftSnapshotFiles.read(stored);
    assertThat(files.checksumsMatch()).as("SHA256SUMS matches meta.json and state.bin").isTrue();
    assertThat(files.index()).isEqualTo(manifest.get("raftIndex").asLong());

    // What the leader serves now is another snapshot (the tar is stamped with the time and every
    // login writes a token), so only the stored object's own checksums and the index compare.
    RaftSnapshotFiles direct = RaftSnapshotFiles.read(leaderSnapshot());
    assertThat(direct.checksumsMatch()).isTrue();
    assertThat(direct.index()).isGreaterThanOrEqualTo(files.index());

    // The annotation is re-sent with a spec change: the request does not run again.
    clusters.edit(NAMESPACE, NAME, c -> c.getSpec().getBackup().getRetention().setMaxCount(3));
    generation++;
    clusters.awaitStatus(
        NAMESPACE, NAME, "Running the new spec", OperatedClusters.running(3, generation));
    OperatedClusters.sleep(2_000);
    assertThat(executions(IDS.manualBackup("req-1"))).as("runs of request req-1").isEqualTo(1);
    assertThat(status().getBackup().getLastHandledTrigger()).isEqualTo("req-1");
    assertThat(snapshots())
        .containsExactlyInAnyOrder(key, STRAY, CLUSTER_PREFIX + "keep/deeper.snap");

    // Another incarnation's backup under the same prefix: never counted, never deleted.
    ObjectNode other = (ObjectNode) manifest.deepCopy();
    other.put("uid", "00000000-0000-0000-0000-000000000000");
    other.put("objectKey", OTHER_INCARNATION + ".snap");
    other.put("startedAt", "2026-01-01T00:00:00Z");
    bucket.put(OTHER_INCARNATION + ".snap", "an earlier incarnation's snapshot");
    bucket.put(OTHER_INCARNATION + ".json", other.toString());
  }

  @Test
  @Order(3)
  void withS3DownTheBackupFailsAfterItsRetriesAndTheNextRequestRecovers() {
    long injectedBefore = lane.rustFs().faults().injectedCount();
    lane.rustFs().faults().failNext(1_000_000, S3Fault.INTERNAL_ERROR);
    BackupStatus failed;
    try {
      annotate("req-2");
      failed =
          awaitBackup(
              "the backup of req-2 failed",
              b -> "req-2".equals(b.getLastHandledTrigger()) && failures(b) == 1);
    } finally {
      lane.rustFs().faults().clear();
    }
    assertThat(lane.rustFs().faults().injectedCount() - injectedBefore)
        .as("S3 requests failed: every attempt of the backup tried")
        .isGreaterThanOrEqualTo(8);
    assertThat(failed.getLastFailureReason()).isNotBlank();
    assertThat(condition("BackupHealthy")).isEqualTo("False");
    assertThat(failed.getLastBackupKey()).endsWith("-manual-req-1.snap");

    BackupStatus recovered = request("req-3");
    assertThat(failures(recovered)).isZero();
    assertThat(recovered.getLastFailureReason()).isNull();
    assertThat(condition("BackupHealthy")).isEqualTo("True");
    assertThat(snapshots())
        .filteredOn(key -> key.contains("-manual-req-2"))
        .as("the failed request left no object")
        .isEmpty();
  }

  @Test
  @Order(4)
  void aWorkerKilledMidUploadLeavesOneObjectOneManifestAndNoOpenUpload() {
    fillOpenBao();
    assertThat(leaderSnapshot().length).as("a snapshot now").isGreaterThan(6 << 20);
    STALL.arm(IDS.manualBackup("req-4"));
    annotate("req-4");
    STALL.awaitStalled(OperatedClusters.WAIT);
    List<String> open = bucket.openUploads(CLUSTER_PREFIX);
    assertThat(open).as("a multipart upload is open").hasSize(1);
    assertThat(open.get(0)).endsWith("-manual-req-4.snap");

    // Killed as a process: the dying attempt cannot reach S3 to abort its upload.
    lane.rustFs().faults().failNext(1_000_000, S3Fault.INTERNAL_ERROR);
    try {
      baoflow.killWorker();
    } finally {
      lane.rustFs().faults().clear();
    }
    assertThat(bucket.openUploads(CLUSTER_PREFIX)).as("left by the killed attempt").isEqualTo(open);
    baoflow.startWorker();

    BackupStatus backup =
        awaitBackup("req-4 stored", b -> "req-4".equals(b.getLastHandledTrigger()));
    assertThat(backup.getLastBackupKey()).isEqualTo(open.get(0));
    assertThat(bucket.openUploads(CLUSTER_PREFIX)).as("open multipart uploads").isEmpty();
    assertThat(snapshots())
        .filteredOn(key -> key.contains("-manual-req-4"))
        .containsExactly(open.get(0));
    assertThat(manifests())
        .filteredOn(key -> key.contains("-manual-req-4"))
        .containsExactly(manifestOf(open.get(0)));
    byte[] stored = bucket.get(open.get(0));
    assertThat(stored.length).as("large enough for several parts").isGreaterThan(5 << 20);
    assertThat(LaneBucket.sha256(stored)).isEqualTo(manifest(open.get(0)).get("sha256").asText());
    assertThat(RaftSnapshotFiles.read(stored).checksumsMatch()).isTrue();
    assertThat(streamAttempt(IDS.manualBackup("req-4")))
        .as("the StreamSnapshot attempt that stored it")
        .isGreaterThanOrEqualTo(2);
    // Retention (maxCount 3): req-4, req-3, req-1; the stray and the other incarnation not counted.
    assertThat(manualRequests()).containsExactlyInAnyOrder("req-1", "req-3", "req-4");
  }

  @Test
  @Order(5)
  void scheduledBackupsOverSimulatedDaysKeepMaxCountThenDropWhatIsOlderThanMaxAge() {
    Instant f1 = firstFire;
    skipTo(f1.plus(1, ChronoUnit.HOURS));
    BackupStatus day1 =
        awaitBackup(
            "the first scheduled backup", b -> scheduledKey(f1).equals(b.getLastBackupKey()));
    assertThat(Instant.parse(day1.getNextScheduledBackup())).isEqualTo(f1.plus(1, ChronoUnit.DAYS));
    // maxCount 3 of this cluster's backups: F1, req-4, req-3; req-1 (about 12 h old, younger
    // than maxAge) goes by count. The stray is not a backup and younger than the 24 h grace period.
    assertThat(manualRequests()).containsExactlyInAnyOrder("req-3", "req-4");
    assertThat(snapshots()).contains(scheduledKey(f1), STRAY, OTHER_INCARNATION + ".snap");
    assertManifestsMatchObjects();

    // Count no longer binds: from now on only maxAge (36 h) drops backups.
    clusters.edit(NAMESPACE, NAME, c -> c.getSpec().getBackup().getRetention().setMaxCount(10));
    generation++;
    clusters.awaitStatus(
        NAMESPACE, NAME, "Running the new spec", OperatedClusters.running(3, generation));

    Instant f2 = f1.plus(1, ChronoUnit.DAYS);
    Instant f3 = f2.plus(1, ChronoUnit.DAYS);
    skipTo(f3.plus(1, ChronoUnit.HOURS));
    BackupStatus day3 =
        awaitBackup(
            "the third scheduled backup", b -> scheduledKey(f3).equals(b.getLastBackupKey()));
    assertThat(Instant.parse(day3.getNextScheduledBackup())).isEqualTo(f3.plus(1, ChronoUnit.DAYS));
    // By F3 req-3 and req-4 (about 60 h) and F1 (48 h) are older than maxAge, and the stray is
    // past its grace period.
    assertThat(snapshots())
        .containsExactlyInAnyOrder(
            scheduledKey(f2),
            scheduledKey(f3),
            OTHER_INCARNATION + ".snap",
            CLUSTER_PREFIX + "keep/deeper.snap");
    assertManifestsMatchObjects();
    for (Instant fire : List.of(f2, f3)) {
      JsonNode manifest = manifest(scheduledKey(fire));
      assertThat(manifest.get("workflowId").asText()).isEqualTo(IDS.scheduledBackup(fire));
      assertThat(manifest.get("reason").asText()).isEqualToIgnoringCase("scheduled");
      assertThat(Instant.parse(manifest.get("startedAt").asText()))
          .isBetween(fire, fire.plusSeconds(60));
      assertThat(LaneBucket.sha256(bucket.get(scheduledKey(fire))))
          .isEqualTo(manifest.get("sha256").asText());
    }
    assertThat(executions(IDS.scheduledBackup(f2))).isEqualTo(1);
    assertThat(REPORTED_KEYS)
        .as("keys status reported")
        .doesNotContain(STRAY, OTHER_INCARNATION + ".snap");
  }

  @Test
  @Order(6)
  void deleteAllRemovesExactlyThisClustersBackups() {
    bucket.put(CLUSTER_PREFIX + "20261130T000000Z-manual-late.snap", "an upload cut short");
    List<String> before = bucket.keys();
    clusters.kube().resources(OpenBaoCluster.class).inNamespace(NAMESPACE).withName(NAME).delete();
    clusters.awaitGone(NAMESPACE, NAME);

    List<String> expected = new ArrayList<>(FOREIGN);
    expected.add(OTHER_INCARNATION + ".snap");
    expected.add(OTHER_INCARNATION + ".json");
    assertThat(bucket.keys()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(before).hasSizeGreaterThan(expected.size() + 4);
  }

  @Test
  @Order(7)
  void noHistoryHoldsACredential() {
    List<String> histories = HistoryScan.allHistories(lane.workflowClient());
    for (String workflowId :
        List.of(
            IDS.cluster(),
            IDS.manualBackup("req-4"),
            IDS.scheduledBackup(firstFire),
            IDS.delete())) {
      assertThat(histories).as("histories").anyMatch(h -> h.contains(workflowId));
    }
    assertThat(HistoryScan.leaks(histories, SECRETS)).isEmpty();
    assertThat(histories).noneMatch(h -> BAO_TOKEN.matcher(h).find());
  }

  // --- requests and status ---

  private static void annotate(String requestId) {
    clusters
        .kube()
        .resources(OpenBaoCluster.class)
        .inNamespace(NAMESPACE)
        .withName(NAME)
        .edit(
            c -> {
              Map<String, String> annotations =
                  c.getMetadata().getAnnotations() == null
                      ? new HashMap<>()
                      : new HashMap<>(c.getMetadata().getAnnotations());
              annotations.put(TRIGGER, requestId);
              c.getMetadata().setAnnotations(annotations);
              return c;
            });
  }

  /** Requests a backup and waits until status reports it stored. */
  private static BackupStatus request(String requestId) {
    annotate(requestId);
    return awaitBackup(
        requestId + " stored",
        b ->
            requestId.equals(b.getLastHandledTrigger())
                && b.getLastBackupKey() != null
                && b.getLastBackupKey().endsWith("-manual-" + requestId + ".snap"));
  }

  private static BackupStatus awaitBackup(String what, Predicate<BackupStatus> condition) {
    return clusters
        .awaitStatus(
            NAMESPACE,
            NAME,
            what,
            s -> {
              if (s.getBackup() == null) {
                return false;
              }
              if (s.getBackup().getLastBackupKey() != null) {
                REPORTED_KEYS.add(s.getBackup().getLastBackupKey());
              }
              return s.getOperation() == null && condition.test(s.getBackup());
            })
        .getBackup();
  }

  private static OpenBaoClusterStatus status() {
    return clusters.get(NAMESPACE, NAME).getStatus();
  }

  private static int failures(BackupStatus backup) {
    return backup.getConsecutiveFailures() == null ? 0 : backup.getConsecutiveFailures();
  }

  private static String condition(String type) {
    return status().getConditions().stream()
        .filter(c -> type.equals(c.getType()))
        .map(c -> c.getStatus())
        .findFirst()
        .orElse("absent");
  }

  // --- the bucket ---

  private static List<String> snapshots() {
    return bucket.keys(CLUSTER_PREFIX).stream().filter(k -> k.endsWith(".snap")).toList();
  }

  private static List<String> manifests() {
    return bucket.keys(CLUSTER_PREFIX).stream()
        .filter(k -> k.endsWith(".json") && !k.startsWith(OTHER_INCARNATION))
        .toList();
  }

  private static String manifestOf(String snapshot) {
    return snapshot.substring(0, snapshot.length() - ".snap".length()) + ".json";
  }

  private static JsonNode manifest(String snapshot) {
    try {
      return JSON.readTree(bucket.getText(manifestOf(snapshot)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The request ids of the manual backups stored now. */
  private static List<String> manualRequests() {
    return snapshots().stream()
        .filter(k -> k.contains("-manual-"))
        .map(k -> k.substring(k.indexOf("-manual-") + "-manual-".length(), k.length() - 5))
        .toList();
  }

  /** Every manifest of this cluster names an object that exists, and every backup has one. */
  private static void assertManifestsMatchObjects() {
    List<String> snapshots = snapshots();
    for (String manifest : manifests()) {
      String object = manifest.substring(0, manifest.length() - ".json".length()) + ".snap";
      assertThat(snapshots).as("the object of " + manifest).contains(object);
      assertThat(manifest(object).get("objectKey").asText()).isEqualTo(object);
    }
  }

  private static String scheduledKey(Instant fire) {
    return CLUSTER_PREFIX + STAMP.format(fire) + "-scheduled.snap";
  }

  // --- OpenBao ---

  /** Enables KV version 2 at {@code secret/}, where the demo user may write. */
  private static SelfInitRequest kvMount() {
    SecretEngineRequest kv = new SecretEngineRequest();
    kv.setType("kv");
    kv.setOptions(Map.of("version", "2"));
    SelfInitRequest request = new SelfInitRequest();
    request.setName("enable-kv");
    request.setOperation(RequestOperation.UPDATE);
    request.setPath("sys/mounts/secret");
    request.setSecretEngine(kv);
    return request;
  }

  /** Writes 7 MiB of secrets as the demo user, so a snapshot takes two 5 MiB parts. */
  private static void fillOpenBao() {
    String password = clusters.secretValue(NAMESPACE, NAME + "-demo-login", "password");
    SECRETS.add(password);
    BaoConnection connection = clusters.connect(NAMESPACE, NAME, status().getActiveLeader());
    BaoToken token = new AuthClient(connection).userpassLogin("userpass", "demo", password).token();
    SECRETS.add(token.reveal());
    KvClient kv = new KvClient(connection);
    Random random = new Random(5);
    byte[] bytes = new byte[3 << 18];
    for (int i = 0; i < 7; i++) {
      random.nextBytes(bytes);
      // 1 MiB of base64 that no compression shrinks much.
      String megabyte = Base64.getEncoder().encodeToString(bytes);
      kv.write(token, "secret", "fill-" + i, Map.<String, Object>of("blob", megabyte));
    }
  }

  /** {@code GET sys/storage/raft/snapshot} from the leader, logged in with the backup role. */
  private static byte[] leaderSnapshot() {
    BaoConnection connection = clusters.connect(NAMESPACE, NAME, status().getActiveLeader());
    BaoToken token =
        new AuthClient(connection)
            .jwtLogin("jwt-operator", "openbao-operator-backup", clusters.workerJwt())
            .token();
    SECRETS.add(token.reveal());
    try (InputStream snapshot = new RaftClient(connection).snapshot(token)) {
      return snapshot.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- Temporal ---

  private static TestServiceStubs testService() {
    return TestServiceStubs.newServiceStubs(
        TestServiceStubsOptions.newBuilder()
            .setChannel(lane.temporal().serviceStubs().getRawChannel())
            // A skip over days waits for every backup on the way.
            .setRpcTimeout(Duration.ofMinutes(2))
            .validateAndBuildWithDefaults());
  }

  /** The test server's time: what workflows see as now. */
  private static Instant temporalNow() {
    TestServiceStubs service = testService();
    try {
      var time =
          service
              .blockingStub()
              .getCurrentTime(com.google.protobuf.Empty.getDefaultInstance())
              .getTime();
      return Instant.ofEpochSecond(time.getSeconds(), time.getNanos());
    } finally {
      service.shutdown();
    }
  }

  /**
   * Lets the test server skip time to {@code target}: timers fire on the way, while a workflow
   * task, an activity or a child workflow runs time stands still, then the server locks again.
   */
  private static void skipTo(Instant target) {
    Duration skip = Duration.between(temporalNow(), target);
    assertThat(skip).as("time to skip").isPositive();
    long start = System.nanoTime();
    TestServiceStubs service = testService();
    try {
      service
          .blockingStub()
          .unlockTimeSkippingWithSleep(
              SleepRequest.newBuilder()
                  .setDuration(
                      com.google.protobuf.Duration.newBuilder().setSeconds(skip.toSeconds()))
                  .build());
    } finally {
      service.shutdown();
    }
    System.out.printf(
        "[backup] skipped %s to %s in %d ms%n",
        skip, target, (System.nanoTime() - start) / 1_000_000);
  }

  private static Instant nextFire(Instant after) {
    Instant today = after.truncatedTo(ChronoUnit.DAYS).plus(FIRE_HOUR, ChronoUnit.HOURS);
    return today.isAfter(after) ? today : today.plus(1, ChronoUnit.DAYS);
  }

  /** How many executions with {@code workflowId} have closed. */
  private static int executions(String workflowId) {
    return lane.workflowClient()
        .getWorkflowServiceStubs()
        .blockingStub()
        .listClosedWorkflowExecutions(
            ListClosedWorkflowExecutionsRequest.newBuilder()
                .setNamespace(lane.temporal().namespace())
                .setStartTimeFilter(
                    StartTimeFilter.newBuilder()
                        .setEarliestTime(com.google.protobuf.Timestamp.newBuilder().setSeconds(0))
                        .setLatestTime(
                            com.google.protobuf.Timestamp.newBuilder().setSeconds(4_000_000_000L)))
                .setExecutionFilter(WorkflowExecutionFilter.newBuilder().setWorkflowId(workflowId))
                .build())
        .getExecutionsCount();
  }

  /**
   * The attempt of {@code StreamSnapshot} that ended in the workflow's history (Temporal records
   * the start of an activity's last attempt only).
   */
  private static int streamAttempt(String workflowId) {
    Map<Long, String> types = new HashMap<>();
    int attempt = 0;
    for (HistoryEvent event :
        lane.workflowClient().fetchHistory(workflowId).getHistory().getEventsList()) {
      if (event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED) {
        types.put(
            event.getEventId(),
            event.getActivityTaskScheduledEventAttributes().getActivityType().getName());
      } else if (event.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED
          && "StreamSnapshot"
              .equals(
                  types.get(event.getActivityTaskStartedEventAttributes().getScheduledEventId()))) {
        attempt = Math.max(attempt, event.getActivityTaskStartedEventAttributes().getAttempt());
      }
    }
    return attempt;
  }
}
