package org.baoflow.lane.sim.hcl;

/** Input that is not valid HCL, with the place where the parser gave up. */
public final class HclSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient HclPosition position;

  /** A syntax error at a position; the message names the position. */
  public HclSyntaxException(HclPosition position, String message) {
    super("HCL syntax error at " + position + ": " + message);
    this.position = position;
  }

  /** Where the error is. */
  public HclPosition position() {
    return position;
  }
}
