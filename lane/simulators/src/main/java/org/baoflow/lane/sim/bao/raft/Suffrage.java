package org.baoflow.lane.sim.bao.raft;

/** How a raft server takes part in elections and quorum. */
public enum Suffrage {
  /** Votes and counts towards quorum. */
  VOTER,
  /** A new server autopilot promotes to voter once it has been stable long enough. */
  STAGING,
  /** Joined with {@code non_voter}: autopilot never promotes it; only {@code promote} does. */
  PERMANENT_NON_VOTER;

  /** Whether the server votes. */
  public boolean votes() {
    return this == VOTER;
  }
}
