package org.baoflow.workflows.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.baoflow.workflows.model.ClusterRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackupObjectKeysTest {
  private final ClusterRef dev = new ClusterRef("east", "openbao", "dev", "uid-1");

  @ParameterizedTest
  @CsvSource(
      nullValues = "NULL",
      value = {
        "backups, backups/east/openbao/dev/",
        "/backups/, backups/east/openbao/dev/",
        "' team//backups/ ', team/backups/east/openbao/dev/",
        "'', east/openbao/dev/",
        "/, east/openbao/dev/",
        "NULL, east/openbao/dev/"
      })
  void theClusterPrefixNamesTheKubernetesClusterNamespaceAndName(String path, String prefix) {
    assertThat(BackupObjectKeys.clusterPrefix(path, dev)).isEqualTo(prefix);
  }

  @Test
  void aBackupIsASnapshotAndAManifestBesideIt() {
    BackupObjectKeys keys =
        BackupObjectKeys.of(
            "backups/east/openbao/dev/", Instant.parse("2026-11-23T04:15:00.750Z"), "scheduled");

    assertThat(keys.snapshot())
        .isEqualTo("backups/east/openbao/dev/20261123T041500Z-scheduled.snap");
    assertThat(keys.manifest())
        .isEqualTo("backups/east/openbao/dev/20261123T041500Z-scheduled.json");
    assertThat(BackupObjectKeys.ofSnapshot(keys.snapshot())).isEqualTo(keys);
  }

  @Test
  void timestampsSortInTimeOrder() {
    String earlier = BackupObjectKeys.timestamp(Instant.parse("2026-09-30T23:59:59Z"));
    String later = BackupObjectKeys.timestamp(Instant.parse("2026-10-01T00:00:00Z"));

    assertThat(earlier).isEqualTo("20260930T235959Z");
    assertThat(earlier).isLessThan(later);
  }

  @Test
  void aScheduledBackupsKeyAndWorkflowIdCarryTheSameFireTime() {
    Instant fire = Instant.parse("2026-11-23T03:00:00Z");

    assertThat(dev.ids().scheduledBackup(fire)).endsWith("_" + BackupObjectKeys.timestamp(fire));
  }

  @Test
  void aDrPairSharingABucketHasDisjointPrefixes() {
    String source = BackupObjectKeys.clusterPrefix("b", dev);
    String target =
        BackupObjectKeys.clusterPrefix("b", new ClusterRef("west", "openbao", "dev", "uid-2"));
    String sibling =
        BackupObjectKeys.clusterPrefix("b", new ClusterRef("east", "openbao", "dev-2", "uid-3"));

    assertThat(target).doesNotStartWith(source);
    assertThat(sibling).doesNotStartWith(source);
    assertThat(
            BackupObjectKeys.isSnapshotUnder(source, sibling + "20261123T041500Z-scheduled.snap"))
        .isFalse();
  }

  @Test
  void onlySnapshotsDirectlyUnderThePrefixAreBackupObjects() {
    String prefix = "b/east/openbao/dev/";

    assertThat(BackupObjectKeys.isSnapshotUnder(prefix, prefix + "x-scheduled.snap")).isTrue();
    assertThat(BackupObjectKeys.isSnapshotUnder(prefix, prefix + "x-scheduled.json")).isFalse();
    assertThat(BackupObjectKeys.isSnapshotUnder(prefix, prefix + "old/x-scheduled.snap")).isFalse();
    assertThat(BackupObjectKeys.isSnapshotUnder(prefix, "b/east/openbao/x.snap")).isFalse();
  }

  @Test
  void suffixesNameTheReasonAndTheRequest() {
    assertThat(BackupObjectKeys.suffix(BackupReason.SCHEDULED, null)).isEqualTo("scheduled");
    assertThat(BackupObjectKeys.suffix(BackupReason.MANUAL, "req-42")).isEqualTo("manual-req-42");
    assertThat(BackupObjectKeys.suffix(BackupReason.PRE_UPGRADE, "2.4.4"))
        .isEqualTo("pre-upgrade-2.4.4");
    assertThatThrownBy(() -> BackupObjectKeys.suffix(BackupReason.MANUAL, ""))
        .hasMessageContaining("manual backup needs an id");
  }

  @Test
  void anUnsafeRequestIdIsSanitizedAndStaysDistinct() {
    String slash = BackupObjectKeys.suffix(BackupReason.MANUAL, "ops/nightly check");
    String underscore = BackupObjectKeys.suffix(BackupReason.MANUAL, "ops_nightly-check");

    assertThat(slash).matches("manual-ops-nightly-check-[0-9a-f]{8}");
    assertThat(underscore).isEqualTo("manual-ops_nightly-check");
    assertThat(BackupObjectKeys.suffix(BackupReason.MANUAL, "ops/nightly check")).isEqualTo(slash);
    assertThat(BackupObjectKeys.suffix(BackupReason.MANUAL, "ops/nightly?check"))
        .isNotEqualTo(slash);
    assertThat(BackupObjectKeys.suffix(BackupReason.MANUAL, "x".repeat(200)))
        .matches("manual-x{40}-[0-9a-f]{8}");
    assertThat(BackupObjectKeys.suffix(BackupReason.MANUAL, "///")).matches("manual-[0-9a-f]{8}");
  }

  @Test
  void keysRefuseWhatWouldLeaveTheClusterPrefix() {
    Instant now = Instant.parse("2026-11-23T04:15:00Z");

    assertThatThrownBy(() -> BackupObjectKeys.of("b/east/openbao/dev", now, "scheduled"))
        .hasMessageContaining("ends with '/'");
    assertThatThrownBy(() -> BackupObjectKeys.of("b/east/openbao/dev/", now, "../x"))
        .hasMessageContaining("suffix");
    assertThatThrownBy(() -> BackupObjectKeys.ofSnapshot("b/east/openbao/dev/x.json"))
        .hasMessageContaining(".snap");
  }
}
