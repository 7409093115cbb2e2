package org.baoflow.activities.backup;

import io.temporal.activity.Activity;

/** Where long calls report progress: the running activity's heartbeat, or a test's recorder. */
@FunctionalInterface
interface Heartbeat {

  /** Reports {@code details}, such as the bytes sent so far. */
  void beat(Object details);

  /** The heartbeat of the activity running on this thread. */
  static Heartbeat ofActivity() {
    return details -> Activity.getExecutionContext().heartbeat(details);
  }
}
