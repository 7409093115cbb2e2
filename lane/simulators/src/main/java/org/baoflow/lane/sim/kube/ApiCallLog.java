package org.baoflow.lane.sim.kube;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every resource call clients made to one lane API server, in arrival order. */
public final class ApiCallLog {
  private final List<ApiCall> calls = new CopyOnWriteArrayList<>();

  void record(ApiCall call) {
    calls.add(call);
  }

  /** A snapshot of the calls so far. */
  public List<ApiCall> calls() {
    return List.copyOf(calls);
  }

  /** Forgets the calls so far, so a test can look at only what follows. */
  public void clear() {
    calls.clear();
  }
}
