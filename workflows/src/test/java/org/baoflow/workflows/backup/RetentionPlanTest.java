package org.baoflow.workflows.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.baoflow.workflows.model.ClusterRef;
import org.junit.jupiter.api.Test;

class RetentionPlanTest {
  private static final ClusterRef DEV = new ClusterRef("east", "openbao", "dev", "uid-1");
  private static final String PREFIX = "b/east/openbao/dev/";
  private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
  private static final Duration GRACE = Duration.ofHours(24);
  private static final RetentionPolicy KEEP_ALL = new RetentionPolicy(0, Optional.empty(), GRACE);

  /** A backup of {@code cluster} that started {@code daysAgo} days before {@link #NOW}. */
  private static BackupManifest backup(ClusterRef cluster, int daysAgo, BackupReason reason) {
    Instant started = NOW.minus(Duration.ofDays(daysAgo));
    String key =
        BackupObjectKeys.of(BackupObjectKeys.clusterPrefix("b", cluster), started, reason.label())
            .snapshot();
    return new BackupManifest(
        cluster.name(),
        cluster.namespace(),
        cluster.uid(),
        cluster.kubernetesCluster(),
        "2.4.4",
        100,
        "static",
        "key",
        key,
        1024,
        "00",
        "\"e\"",
        started,
        started.plusSeconds(5),
        "wf",
        reason);
  }

  private static BackupManifest backup(int daysAgo) {
    return backup(DEV, daysAgo, BackupReason.SCHEDULED);
  }

  private static RetentionPlan plan(
      List<BackupManifest> manifests, List<StoredObject> withoutManifest, RetentionPolicy policy) {
    return RetentionPlan.of(
        DEV, PREFIX, manifests, withoutManifest, backup(0).objectKey(), NOW, policy);
  }

  private static String manifestOf(BackupManifest backup) {
    return BackupObjectKeys.ofSnapshot(backup.objectKey()).manifest();
  }

  @Test
  void maxCountKeepsTheNewestIncludingTheOneJustWritten() {
    List<BackupManifest> manifests = List.of(backup(2), backup(0), backup(3), backup(1));

    RetentionPlan plan =
        plan(manifests, List.of(), new RetentionPolicy(2, Optional.empty(), GRACE));

    assertThat(plan.kept()).containsExactly(backup(0).objectKey(), backup(1).objectKey());
    assertThat(plan.objects()).containsExactly(backup(2).objectKey(), backup(3).objectKey());
    assertThat(plan.manifests()).containsExactly(manifestOf(backup(2)), manifestOf(backup(3)));
  }

  @Test
  void maxAgeDropsWhatStartedLongerAgoMeasuredFromTheWorkflowsNow() {
    List<BackupManifest> manifests = List.of(backup(0), backup(1), backup(2), backup(3));

    RetentionPlan plan =
        plan(
            manifests, List.of(), new RetentionPolicy(0, Optional.of(Duration.ofHours(60)), GRACE));

    assertThat(plan.kept())
        .containsExactly(backup(0).objectKey(), backup(1).objectKey(), backup(2).objectKey());
    assertThat(plan.objects()).containsExactly(backup(3).objectKey());
  }

  @Test
  void bothLimitsApply() {
    List<BackupManifest> manifests = List.of(backup(0), backup(1), backup(5), backup(9));

    RetentionPlan plan =
        plan(manifests, List.of(), new RetentionPolicy(3, Optional.of(Duration.ofDays(7)), GRACE));

    assertThat(plan.kept())
        .containsExactly(backup(0).objectKey(), backup(1).objectKey(), backup(5).objectKey());
    assertThat(plan.objects()).containsExactly(backup(9).objectKey());
  }

  @Test
  void theBackupJustWrittenIsKeptEvenWhenTheLimitsWouldDropIt() {
    BackupManifest old = backup(30);

    RetentionPlan plan =
        RetentionPlan.of(
            DEV,
            PREFIX,
            List.of(old, backup(1)),
            List.of(),
            old.objectKey(),
            NOW,
            new RetentionPolicy(1, Optional.of(Duration.ofDays(1)), GRACE));

    assertThat(plan.kept()).containsExactly(old.objectKey());
    assertThat(plan.objects()).containsExactly(backup(1).objectKey());
  }

  @Test
  void theBackupJustWrittenCountsWhenTheListingMissedItsManifest() {
    RetentionPlan plan =
        plan(
            List.of(backup(1), backup(2)),
            List.of(),
            new RetentionPolicy(2, Optional.empty(), GRACE));

    assertThat(plan.kept()).containsExactly(backup(0).objectKey(), backup(1).objectKey());
    assertThat(plan.objects()).containsExactly(backup(2).objectKey());
  }

  @Test
  void preUpgradeAndManualBackupsFollowTheSameRules() {
    BackupManifest preUpgrade = backup(DEV, 1, BackupReason.PRE_UPGRADE);
    BackupManifest manual = backup(DEV, 2, BackupReason.MANUAL);

    RetentionPlan plan =
        plan(
            List.of(backup(0), preUpgrade, manual),
            List.of(),
            new RetentionPolicy(2, Optional.empty(), GRACE));

    assertThat(plan.kept()).containsExactly(backup(0).objectKey(), preUpgrade.objectKey());
    assertThat(plan.objects()).containsExactly(manual.objectKey());
  }

  @Test
  void backupsOfAnotherIncarnationOrKubernetesClusterAreNeitherCountedNorDeleted() {
    BackupManifest previousIncarnation =
        backup(new ClusterRef("east", "openbao", "dev", "uid-0"), 1, BackupReason.SCHEDULED);
    BackupManifest otherCluster = withKubernetesCluster(backup(2), "west");
    BackupManifest outsidePrefix =
        backup(new ClusterRef("east", "openbao", "dev-2", "uid-1"), 3, BackupReason.SCHEDULED);

    RetentionPlan plan =
        plan(
            List.of(backup(0), previousIncarnation, otherCluster, outsidePrefix, backup(4)),
            List.of(),
            new RetentionPolicy(1, Optional.empty(), GRACE));

    assertThat(plan.kept()).containsExactly(backup(0).objectKey());
    assertThat(plan.objects()).containsExactly(backup(4).objectKey());
    assertThat(plan.manifests()).containsExactly(manifestOf(backup(4)));
  }

  @Test
  void objectsWithoutAManifestAreNeverBackupsAndGoOnlyAfterTheGrace() {
    StoredObject abandoned =
        new StoredObject(
            PREFIX + "20261120T030000Z-scheduled.snap", NOW.minus(GRACE).minusSeconds(1));
    StoredObject recent =
        new StoredObject(
            PREFIX + "20261122T090000Z-manual-r1.snap", NOW.minus(GRACE).plusSeconds(1));
    StoredObject notOurs = new StoredObject(PREFIX + "notes.txt", NOW.minus(Duration.ofDays(90)));
    StoredObject deeper = new StoredObject(PREFIX + "old/x.snap", NOW.minus(Duration.ofDays(90)));
    StoredObject justWritten =
        new StoredObject(backup(0).objectKey(), NOW.minus(Duration.ofDays(2)));

    RetentionPlan plan =
        plan(
            List.of(backup(1)),
            List.of(abandoned, recent, notOurs, deeper, justWritten),
            new RetentionPolicy(2, Optional.empty(), GRACE));

    assertThat(plan.kept()).containsExactly(backup(0).objectKey(), backup(1).objectKey());
    assertThat(plan.objects()).containsExactly(abandoned.key());
    assertThat(plan.manifests()).isEmpty();
  }

  @Test
  void keepAllDeletesNoBackup() {
    List<BackupManifest> manifests = new ArrayList<>();
    for (int day = 0; day < 50; day++) {
      manifests.add(backup(day));
    }

    RetentionPlan plan = plan(manifests, List.of(), KEEP_ALL);

    assertThat(plan.kept())
        .hasSize(50)
        .startsWith(backup(0).objectKey())
        .endsWith(backup(49).objectKey());
    assertThat(plan.objects()).isEmpty();
    assertThat(plan.manifests()).isEmpty();
  }

  private static BackupManifest withKubernetesCluster(BackupManifest m, String kubernetesCluster) {
    return new BackupManifest(
        m.cluster(),
        m.namespace(),
        m.uid(),
        kubernetesCluster,
        m.openBaoVersion(),
        m.raftIndex(),
        m.sealType(),
        m.sealKeyIdentity(),
        m.objectKey(),
        m.size(),
        m.sha256(),
        m.etag(),
        m.startedAt(),
        m.finishedAt(),
        m.workflowId(),
        m.reason());
  }
}
