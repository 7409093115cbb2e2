package org.baoflow.lane.sim.kube;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every resource call clients made to one lane API server, in arrival order, each with the {@code
 * User-Agent} of the client that made it: the lane authenticates nobody, so the agent is how a test
 * tells apart what the worker, the watcher and the lane itself asked for.
 */
public final class ApiCallLog {
  private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();

  void record(ApiCall call, String userAgent) {
    calls.add(new RecordedCall(call, userAgent == null ? "" : userAgent));
  }

  /** A snapshot of the calls so far. */
  public List<ApiCall> calls() {
    return calls.stream().map(RecordedCall::call).toList();
  }

  /** A snapshot of the calls so far made by clients whose {@code User-Agent} is {@code agent}. */
  public List<ApiCall> callsBy(String agent) {
    Objects.requireNonNull(agent, "agent");
    return calls.stream()
        .filter(recorded -> recorded.userAgent().equals(agent))
        .map(RecordedCall::call)
        .toList();
  }

  /** Forgets the calls so far, so a test can look at only what follows. */
  public void clear() {
    calls.clear();
  }

  /** One call and the {@code User-Agent} it came with (empty when it had none). */
  private record RecordedCall(ApiCall call, String userAgent) {}
}
