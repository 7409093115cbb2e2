package org.baoflow.lane.sim.bao.auth;

/** A policy text OpenBao would refuse; the message is the 400 error text. */
public final class PolicyParseException extends Exception {

  private static final long serialVersionUID = 1L;

  PolicyParseException(String message) {
    super(message);
  }
}
