package org.baoflow.lane.sim.bao.selfinit;

/** A dynamic source or a conversion failed; the message never holds the value itself. */
final class SourceException extends Exception {

  private static final long serialVersionUID = 1L;

  SourceException(String message) {
    super(message);
  }

  /** The same failure with the context OpenBao puts in front of it. */
  SourceException within(String context) {
    return new SourceException(context + ": " + getMessage());
  }
}
