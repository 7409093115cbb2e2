package org.baoflow.lane.sim.kube;

import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.mockwebserver.internal.MockDispatcher;
import io.fabric8.mockwebserver.internal.SimpleRequest;
import java.util.Map;
import java.util.Queue;

/**
 * Routes a request to the mock server's fixed answers (discovery: {@code /}, {@code /version}) when
 * one is registered for it, and to the lane's resource store otherwise.
 */
final class ApiDispatcher extends Dispatcher {
  private final Map<ServerRequest, Queue<ServerResponse>> expectations;
  private final MockDispatcher fixedAnswers;
  private final Dispatcher store;

  ApiDispatcher(Map<ServerRequest, Queue<ServerResponse>> expectations, Dispatcher store) {
    this.expectations = expectations;
    this.fixedAnswers = new MockDispatcher(expectations);
    this.store = store;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    Queue<ServerResponse> answers =
        expectations.get(
            new SimpleRequest(HttpMethod.valueOf(request.getMethod()), request.getPath()));
    if (answers != null && !answers.isEmpty()) {
      return fixedAnswers.dispatch(request);
    }
    return store.dispatch(request);
  }

  @Override
  public void shutdown() {
    fixedAnswers.shutdown();
    store.shutdown();
  }
}
