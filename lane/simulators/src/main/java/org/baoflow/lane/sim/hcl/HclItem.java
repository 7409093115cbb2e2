package org.baoflow.lane.sim.hcl;

/** One entry of an {@link HclBody}: an attribute or a block. */
public sealed interface HclItem permits HclAttribute, HclBlock {

  /** Where the entry's key starts. */
  HclPosition position();
}
