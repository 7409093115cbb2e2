package org.baoflow.activities.openbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.baoflow.activities.openbao.LeaderHandover.Action;
import org.baoflow.activities.openbao.LeaderHandover.Next;
import org.junit.jupiter.api.Test;

class LeaderHandoverTest {

  @Test
  void anotherLeaderEndsTheWait() {
    LeaderHandover handover = new LeaderHandover("p-0", true, 5, 3);

    assertThat(handover.look(null)).isEqualTo(new Next(Action.WAIT, "no leader yet"));
    assertThat(handover.look("p-1")).isEqualTo(new Next(Action.DONE, "p-1"));
  }

  @Test
  void aPodThatWinsTheNextElectionIsSteppedDownAgain() {
    LeaderHandover handover = new LeaderHandover("p-0", true, 5, 3);

    handover.look(null);

    assertThat(handover.look("p-0").action()).isEqualTo(Action.STEP_DOWN_AGAIN);
    assertThat(handover.look("p-0").action()).isEqualTo(Action.WAIT);
  }

  @Test
  void aPodStillLeadingAfterThePatienceIsSteppedDownAgain() {
    LeaderHandover handover = new LeaderHandover("p-0", true, 3, 3);

    assertThat(handover.look("p-0")).isEqualTo(new Next(Action.WAIT, "p-0 still leads"));
    assertThat(handover.look("p-0").action()).isEqualTo(Action.WAIT);
    assertThat(handover.look("p-0").action()).isEqualTo(Action.STEP_DOWN_AGAIN);
  }

  @Test
  void givesUpAfterTheLastStepDownAndNamesThePod() {
    LeaderHandover handover = new LeaderHandover("p-0", true, 1, 2);

    assertThat(handover.look("p-0").action()).isEqualTo(Action.STEP_DOWN_AGAIN);
    Next last = handover.look("p-0");

    assertThat(last.action()).isEqualTo(Action.GIVE_UP);
    assertThat(last.detail()).startsWith("p-0 still leads after 2 step-downs");
  }

  @Test
  void aPodThatDidNotLeadIsSteppedDownOnlyOnceItWinsAnElection() {
    LeaderHandover handover = new LeaderHandover("p-0", false, 5, 1);

    assertThat(handover.look(null).action()).isEqualTo(Action.WAIT);
    assertThat(handover.look("p-0").action()).isEqualTo(Action.STEP_DOWN_AGAIN);
    assertThat(handover.look(null).action()).isEqualTo(Action.WAIT);
    assertThat(handover.look("p-0").action()).isEqualTo(Action.GIVE_UP);
  }

  @Test
  void refusesANonPositivePatienceOrBound() {
    assertThatThrownBy(() -> new LeaderHandover("p-0", true, 0, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LeaderHandover("p-0", true, 3, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
