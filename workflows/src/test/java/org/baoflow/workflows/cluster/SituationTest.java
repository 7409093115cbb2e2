package org.baoflow.workflows.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SituationTest {
  private static final long RENEW_AT = 1_800_000_000_000L;
  private static final long BACKUP_FIRE = 1_800_000_000_000L - 5 * 3_600_000L;

  @Test
  void aRunningOperationComesFirstWithWhatIsPending() {
    List<String> pending = new Backlog(true, 0, 4, Set.of(), false, true, 0, List.of()).describe();

    String text =
        new Situation(
                "Converge", "c_4_1", true, List.of(), false, false, null, pending, RENEW_AT, 0)
            .describe();

    assertThat(text)
        .isEqualTo(
            "Running Converge c_4_1 (open it for its progress); deleting the OpenBaoCluster"
                + " cancels it; pending: Converge generation 4, Delete");
  }

  @Test
  void eachStandstillSaysHowToUnblockIt() {
    assertThat(situation(false, List.of(), false, false, null).describe())
        .startsWith("Waiting for the first spec");
    assertThat(situation(true, List.of("spec.replicas: must be odd"), true, false, null).describe())
        .isEqualTo("Waiting for a valid spec: spec.replicas: must be odd - fix the OpenBaoCluster");
    assertThat(situation(true, List.of(), true, false, "Converge failed: x").describe())
        .startsWith("Paused: set spec.paused=false");
    assertThat(situation(true, List.of(), false, true, "Delete failed: x").describe())
        .endsWith("the next deletion event from the watcher retries it");
    assertThat(situation(true, List.of(), false, false, "Converge failed: x").describe())
        .endsWith("change the OpenBaoCluster spec (a new generation) to retry");
    assertThat(situation(true, List.of(), false, false, null).describe())
        .isEqualTo(
            "Idle: waiting for spec changes or drift; certificate renewal at 2027-01-15T08:00:00Z");
    assertThat(
            new Situation(
                    null, null, true, List.of(), false, false, null, List.of(), 0, BACKUP_FIRE)
                .describe())
        .isEqualTo("Idle: waiting for spec changes or drift; next backup at 2027-01-15T03:00:00Z");
  }

  @Test
  void theBacklogNamesOneEntryPerSlot() {
    assertThat(
            new Backlog(
                    false,
                    2,
                    1,
                    List.of("StatefulSet/dev"),
                    true,
                    false,
                    BACKUP_FIRE,
                    List.of("r1", "r2"))
                .describe())
        .containsExactly(
            "Bootstrap generation 2 (to validate)",
            "Bootstrap for drift of StatefulSet/dev",
            "Converge for certificate renewal",
            "Backup for request r1",
            "Backup for request r2",
            "Backup for the scheduled fire at 2027-01-15T03:00:00Z");
    assertThat(new Backlog(true, 0, 0, List.of(), false, false, 0, List.of()).describe()).isEmpty();
  }

  private static Situation situation(
      boolean specSeen,
      List<String> violations,
      boolean paused,
      boolean deleting,
      String lastFailure) {
    return new Situation(
        null, null, specSeen, violations, paused, deleting, lastFailure, List.of(), RENEW_AT, 0);
  }
}
