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
import java.util.Optional;
import java.util.Queue;
import org.baoflow.lane.sim.kube.auth.ApiHandler;
import org.baoflow.lane.sim.kube.auth.ApiRequest;
import org.baoflow.lane.sim.kube.auth.ApiResponse;

/**
 * The lane API server's front door. Every resource call is logged, then failed if a fault is
 * pending for it; otherwise it goes to the service-account endpoints (TokenRequest, TokenReview,
 * OIDC discovery, JWKS) when they serve it, to the mock server's fixed answers (discovery: {@code
 * /}, {@code /version}) when one is registered, and to the lane's resource store in all other
 * cases. Non-resource URLs are logged when the service-account endpoints answer them. Each logged
 * call keeps the client's {@code User-Agent}.
 */
final class ApiDispatcher extends Dispatcher {
  private final Map<ServerRequest, Queue<ServerResponse>> expectations;
  private final MockDispatcher fixedAnswers;
  private final Dispatcher store;
  private final ApiHandler authApi;
  private final ApiCallLog callLog;
  private final ApiFaults faults;

  ApiDispatcher(
      Map<ServerRequest, Queue<ServerResponse>> expectations,
      Dispatcher store,
      ApiHandler authApi,
      ApiCallLog callLog,
      ApiFaults faults) {
    this.expectations = expectations;
    this.fixedAnswers = new MockDispatcher(expectations);
    this.store = store;
    this.authApi = authApi;
    this.callLog = callLog;
    this.faults = faults;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    Optional<ApiCall> call =
        ApiPath.parse(request.getPath()).map(path -> ApiCall.of(request.getMethod(), path));
    String userAgent = request.getHeader("User-Agent");
    call.ifPresent(c -> callLog.record(c, userAgent));
    Optional<ApiFailure> fault = call.flatMap(faults::claim);
    if (fault.isPresent()) {
      return fault.get().toRejection().toResponse();
    }
    // Reading the body consumes it: whoever serves the request gets a replay.
    String body = request.getUtf8Body();
    Optional<ApiResponse> auth =
        authApi.handle(new ApiRequest(request.getMethod(), request.getPath(), body));
    if (auth.isPresent()) {
      if (call.isEmpty()) {
        callLog.record(
            ApiCall.nonResource(request.getMethod(), pathOnly(request.getPath())), userAgent);
      }
      return toMockResponse(auth.get());
    }
    RecordedRequest replay = InternalRequest.replay(request, body);
    Queue<ServerResponse> answers =
        expectations.get(
            new SimpleRequest(HttpMethod.valueOf(request.getMethod()), request.getPath()));
    if (answers != null && !answers.isEmpty()) {
      return fixedAnswers.dispatch(replay);
    }
    return store.dispatch(replay);
  }

  private static String pathOnly(String path) {
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  private static MockResponse toMockResponse(ApiResponse response) {
    return new MockResponse()
        .setResponseCode(response.status())
        .setHeader("Content-Type", response.contentType())
        .setBody(response.body());
  }

  @Override
  public void shutdown() {
    fixedAnswers.shutdown();
    store.shutdown();
  }
}
