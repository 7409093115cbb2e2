package org.baoflow.activities.openbao;

/**
 * Decides, look by look at {@code sys/leader}, how the step-down of one pod goes on: done once
 * another pod leads; otherwise wait, or step the pod down again when it won the next election
 * itself (seen without a leader, then leading again) or still leads after {@code patience} looks;
 * give up after {@code maxStepDowns}, because then no other voter can take over.
 */
final class LeaderHandover {
  /** What to do after one look. */
  enum Action {
    DONE,
    WAIT,
    STEP_DOWN_AGAIN,
    GIVE_UP
  }

  /**
   * @param action what to do
   * @param detail the new leader when done, else what is awaited or why it gave up
   */
  record Next(Action action, String detail) {}

  private final String pod;
  private final int patience;
  private final int maxStepDowns;
  private int stepDowns;
  private int looksSinceStepDown;
  private boolean seenLeaderless;

  /**
   * @param pod the pod that must stop leading
   * @param steppedDown whether it was already stepped down once
   * @param patience how many looks it may still lead after a step-down before another one
   * @param maxStepDowns how many step-downs to try in all
   */
  LeaderHandover(String pod, boolean steppedDown, int patience, int maxStepDowns) {
    if (patience < 1 || maxStepDowns < 1) {
      throw new IllegalArgumentException("patience and maxStepDowns must be positive");
    }
    this.pod = pod;
    this.patience = patience;
    this.maxStepDowns = maxStepDowns;
    this.stepDowns = steppedDown ? 1 : 0;
  }

  /** The next action after seeing {@code leader} (null when no pod leads). */
  Next look(String leader) {
    if (leader != null && !leader.equals(pod)) {
      return new Next(Action.DONE, leader);
    }
    looksSinceStepDown++;
    if (leader == null) {
      seenLeaderless = true;
      return new Next(Action.WAIT, "no leader yet");
    }
    if (!seenLeaderless && looksSinceStepDown < patience) {
      return new Next(Action.WAIT, pod + " still leads");
    }
    if (stepDowns >= maxStepDowns) {
      return new Next(
          Action.GIVE_UP,
          pod
              + " still leads after "
              + stepDowns
              + " step-downs: no other voter takes over; check that the other pods are"
              + " unsealed raft voters");
    }
    stepDowns++;
    looksSinceStepDown = 0;
    seenLeaderless = false;
    return new Next(Action.STEP_DOWN_AGAIN, pod + " leads again; stepping it down again");
  }
}
