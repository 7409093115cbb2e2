package org.baoflow.workflows;

import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;

/**
 * The one place the worker, the clients and the tests get their Temporal {@link DataConverter}, so
 * every process encodes payloads alike. It is the SDK's default: Jackson 2 JSON, which the CR spec
 * classes and our payload records round-trip through (a test checks every sample). fabric8 model
 * types (Jackson 3) stay out of payloads.
 */
public final class BaoFlowDataConverter {
  private static final DataConverter INSTANCE = DefaultDataConverter.newDefaultInstance();

  private BaoFlowDataConverter() {}

  /** The converter every worker and client uses. */
  public static DataConverter get() {
    return INSTANCE;
  }
}
