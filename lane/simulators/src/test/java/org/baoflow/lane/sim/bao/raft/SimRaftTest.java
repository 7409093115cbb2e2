package org.baoflow.lane.sim.bao.raft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.baoflow.lane.sim.LaneTiming;
import org.baoflow.lane.sim.bao.MutableClock;
import org.junit.jupiter.api.Test;

class SimRaftTest {
  private static final LaneTiming FAST = LaneTiming.fast();

  private static final LaneTiming TIMING =
      new LaneTiming(
          Duration.ofSeconds(2),
          Duration.ofSeconds(10),
          Duration.ofSeconds(10),
          FAST.autoUnsealRetry(),
          FAST.probePeriod(),
          FAST.crashBackOff(),
          FAST.crashBackOffMax());

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));

  private SimRaft threeVoters() {
    SimRaft raft = SimRaft.bootstrap("n0", "n0:8201", "https://n0:8200", clock, TIMING);
    raft.join("n1", "n1:8201", "https://n1:8200", false);
    raft.join("n2", "n2:8201", "https://n2:8200", false);
    clock.advance(TIMING.autopilotStabilization());
    return raft;
  }

  @Test
  void newServersStageUntilAutopilotPromotesThemAfterStabilization() {
    SimRaft raft = SimRaft.bootstrap("n0", "n0:8201", "https://n0:8200", clock, TIMING);
    raft.join("n1", "n1:8201", "https://n1:8200", false);

    assertThat(raft.snapshot().server("n1").orElseThrow().suffrage()).isEqualTo(Suffrage.STAGING);
    clock.advance(TIMING.autopilotStabilization().minusMillis(1));
    assertThat(raft.snapshot().voters()).containsExactly("n0");
    clock.advance(Duration.ofMillis(1));
    assertThat(raft.snapshot().voters()).containsExactly("n0", "n1");
  }

  @Test
  void aNonVoterJoinStaysPermanentUntilPromotedAndCanBeDemotedAgain() {
    SimRaft raft = threeVoters();
    raft.join("n3", "n3:8201", "https://n3:8200", true);
    clock.advance(Duration.ofMinutes(5));
    assertThat(raft.snapshot().server("n3").orElseThrow().suffrage())
        .isEqualTo(Suffrage.PERMANENT_NON_VOTER);

    assertThat(raft.promote("n3")).isTrue();
    assertThat(raft.snapshot().voters()).contains("n3");
    assertThat(raft.demote("n3")).isTrue();
    assertThat(raft.snapshot().voters()).doesNotContain("n3");
    assertThat(raft.promote("nobody")).isFalse();
    assertThat(raft.demote("nobody")).isFalse();
  }

  @Test
  void losingTheLeaderElectsAnotherLiveVoterAfterTheElectionDelay() {
    SimRaft raft = threeVoters();
    long term = raft.snapshot().term();

    raft.setAlive("n0", false);
    assertThat(raft.snapshot().leader()).isEmpty();
    clock.advance(TIMING.electionDelay().minusMillis(1));
    assertThat(raft.snapshot().leader()).isEmpty();
    clock.advance(Duration.ofMillis(1));

    RaftSnapshot after = raft.snapshot();
    assertThat(after.leader()).contains("n1");
    assertThat(after.term()).isEqualTo(term + 1);
    assertThat(after.failureTolerance()).isZero();
  }

  @Test
  void losingTheMajorityOfVotersLeavesNoLeaderUntilQuorumReturns() {
    SimRaft raft = threeVoters();
    raft.setAlive("n1", false);
    assertThat(raft.snapshot().leader()).contains("n0");

    raft.setAlive("n2", false);
    clock.advance(Duration.ofMinutes(1));
    assertThat(raft.snapshot().leader()).isEmpty();
    assertThat(raft.write()).isFalse();

    raft.setAlive("n1", true);
    assertThat(raft.snapshot().leader()).isEmpty();
    clock.advance(TIMING.electionDelay());
    assertThat(raft.snapshot().leader()).isPresent();
  }

  @Test
  void writesAdvanceTheIndexAndADeadFollowerCatchesUpWhenItReturns() {
    SimRaft raft = threeVoters();
    raft.setAlive("n2", false);
    long before = raft.snapshot().commitIndex();

    assertThat(raft.write()).isTrue();
    assertThat(raft.write()).isTrue();

    RaftSnapshot lagging = raft.snapshot();
    assertThat(lagging.commitIndex()).isEqualTo(before + 2);
    assertThat(lagging.server("n1").orElseThrow().lastIndex()).isEqualTo(before + 2);
    assertThat(lagging.server("n2").orElseThrow().lastIndex()).isLessThan(before + 2);
    raft.setAlive("n2", true);
    assertThat(raft.snapshot().server("n2").orElseThrow().lastIndex()).isEqualTo(before + 2);
  }

  @Test
  void aSingleNodeThatStepsDownLeadsAgainOnlyAfterTheHold() {
    SimRaft raft = SimRaft.bootstrap("n0", "n0:8201", "https://n0:8200", clock, TIMING);
    assertThat(raft.stepDown("n1")).isFalse();
    assertThat(raft.stepDown("n0")).isTrue();

    clock.advance(TIMING.stepDownHold().minusMillis(1));
    assertThat(raft.snapshot().leader()).isEmpty();
    clock.advance(Duration.ofMillis(1));
    assertThat(raft.snapshot().leader()).contains("n0");
  }

  @Test
  void stepDownHandsLeadershipToAnotherVoterAndKeepsTheOldLeaderOutDuringTheHold() {
    SimRaft raft = threeVoters();
    raft.stepDown("n0");
    clock.advance(TIMING.electionDelay());
    assertThat(raft.snapshot().leader()).contains("n1");
  }

  @Test
  void aStepDownSeenOnlyAfterTheHoldStillElectsAnotherVoter() {
    SimRaft raft = threeVoters();
    raft.stepDown("n0");
    // Nobody looks until the hold is long over: the election was due while n0 was still held.
    clock.advance(TIMING.stepDownHold().multipliedBy(3));
    assertThat(raft.snapshot().leader()).contains("n1");
  }

  @Test
  void removingAPeerDropsItAndAnUnknownIdChangesNothing() {
    SimRaft raft = threeVoters();
    long index = raft.snapshot().configurationIndex();
    raft.removePeer("nobody");
    assertThat(raft.snapshot().configurationIndex()).isEqualTo(index);

    raft.removePeer("n2");
    RaftSnapshot after = raft.snapshot();
    assertThat(after.server("n2")).isEmpty();
    assertThat(after.configurationIndex()).isGreaterThan(index);
    assertThat(after.voters()).containsExactly("n0", "n1");
  }

  @Test
  void aPartitionedLeaderLosesLeadershipToTheMajorityAndSeesNoLeaderItself() {
    SimRaft raft = threeVoters();

    raft.partition("n0");
    assertThat(raft.snapshot().leader()).isEmpty();
    clock.advance(TIMING.electionDelay());

    RaftSnapshot majority = raft.snapshot();
    assertThat(majority.leader()).contains("n1");
    assertThat(majority.server("n0").orElseThrow().alive()).isFalse();
    assertThat(raft.snapshotSeenBy("n2").leader()).contains("n1");
    assertThat(raft.snapshotSeenBy("n0").leader()).isEmpty();
    assertThat(raft.partitioned("n0")).isTrue();
  }

  @Test
  void aPartitionedFollowerReceivesNothingAndCatchesUpAsFollowerWhenHealed() {
    SimRaft raft = threeVoters();
    raft.partition("n2");
    long before = raft.snapshot().server("n2").orElseThrow().lastIndex();

    assertThat(raft.write()).isTrue();
    RaftSnapshot lagging = raft.snapshot();
    assertThat(lagging.server("n2").orElseThrow().lastIndex()).isEqualTo(before);
    assertThat(raft.snapshotSeenBy("n2").commitIndex()).isEqualTo(before);
    assertThat(lagging.commitIndex()).isGreaterThan(before);

    raft.heal("n2");
    RaftSnapshot healed = raft.snapshot();
    assertThat(healed.leader()).contains("n0");
    assertThat(healed.server("n2").orElseThrow().alive()).isTrue();
    assertThat(healed.server("n2").orElseThrow().lastIndex()).isEqualTo(healed.commitIndex());
    assertThat(raft.snapshotSeenBy("n2").leader()).contains("n0");
  }

  @Test
  void aPartitionOutlastsARestartAndTwoPartitionedVotersLeaveNoQuorum() {
    SimRaft raft = threeVoters();
    raft.partition("n1");
    raft.setAlive("n1", false);
    raft.setAlive("n1", true);
    assertThat(raft.snapshot().server("n1").orElseThrow().alive()).isFalse();

    raft.partition("n2");
    clock.advance(Duration.ofMinutes(1));
    assertThat(raft.snapshot().leader()).isEmpty();

    raft.heal("n1");
    clock.advance(TIMING.electionDelay());
    assertThat(raft.snapshot().leader()).isPresent();
    assertThat(raft.snapshot().server("n1").orElseThrow().alive()).isTrue();
  }

  @Test
  void healingAStoppedMemberLeavesItDead() {
    SimRaft raft = threeVoters();
    raft.partition("n2");
    raft.setAlive("n2", false);

    raft.heal("n2");
    assertThat(raft.snapshot().server("n2").orElseThrow().alive()).isFalse();
    assertThat(raft.partitioned("n2")).isFalse();
  }
}
