package org.baoflow.activities.openbao;

/**
 * One look of a wait: done with a value, or not yet and why.
 *
 * @param value the result when done
 * @param missing what is still missing when not done, for the heartbeat
 */
record Check<T>(T value, String missing) {

  static <T> Check<T> done(T value) {
    return new Check<>(value, null);
  }

  static <T> Check<T> notYet(String missing) {
    return new Check<>(null, missing);
  }

  boolean isDone() {
    return missing == null;
  }
}
