package org.baoflow.lane.sim.hcl;

import java.util.List;

/** {@code type "label" ... { body }}. */
public record HclBlock(String type, List<String> labels, HclBody body, HclPosition position)
    implements HclItem {

  /** Copies the labels. */
  public HclBlock {
    labels = List.copyOf(labels);
  }
}
