package org.baoflow.lane.sim.bao;

/** The ACL capabilities an {@link Authorizer} decides on. */
public enum Capability {
  CREATE,
  READ,
  UPDATE,
  DELETE,
  LIST,
  SUDO
}
