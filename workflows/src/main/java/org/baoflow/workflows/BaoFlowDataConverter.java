package org.baoflow.workflows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.converter.JacksonJsonPayloadConverter;

/**
 * The one place the worker, the clients and the tests get their Temporal {@link DataConverter}, so
 * every process encodes payloads alike. It is the SDK's default (Jackson 2 JSON, which the CR spec
 * classes and our payload records round-trip through; a test checks every sample) with one change:
 * unknown properties are ignored, so an older worker in a rolling update reads a newer payload
 * instead of failing on its added fields (docs/decisions/0008). fabric8 model types (Jackson 3)
 * stay out of payloads.
 */
public final class BaoFlowDataConverter {
  private static final DataConverter INSTANCE =
      DefaultDataConverter.newDefaultInstance()
          .withPayloadConverterOverrides(new JacksonJsonPayloadConverter(objectMapper()));

  private BaoFlowDataConverter() {}

  /** The converter every worker and client uses. */
  public static DataConverter get() {
    return INSTANCE;
  }

  private static ObjectMapper objectMapper() {
    return JacksonJsonPayloadConverter.newDefaultObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }
}
