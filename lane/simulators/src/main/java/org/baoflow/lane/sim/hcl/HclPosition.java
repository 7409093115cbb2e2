package org.baoflow.lane.sim.hcl;

/** A place in an HCL file, both counted from 1, for error messages. */
public record HclPosition(int line, int column) {

  @Override
  public String toString() {
    return "line " + line + ", column " + column;
  }
}
