package org.baoflow.activities.bao;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.http.HttpRequest;

/** The one JSON mapper of the client: unknown fields are ignored as newer servers add some. */
final class BaoJson {

  static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private BaoJson() {}

  /** {@code Envelope<T>}: the logical response envelope whose {@code data} is a {@code T}. */
  static JavaType envelopeOf(Class<?> dataType) {
    return MAPPER.getTypeFactory().constructParametricType(Envelope.class, dataType);
  }

  /** A JSON body serialized once, so a retry or redirect re-sends the same bytes. */
  static BaoRequest.Body body(Object value) {
    byte[] bytes;
    try {
      bytes = MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot serialize a " + value.getClass().getSimpleName(), e);
    }
    return new BaoRequest.Body(
        BaoConnection.CONTENT_TYPE_JSON,
        () -> HttpRequest.BodyPublishers.ofByteArray(bytes),
        false);
  }

  static JavaType type(Class<?> type) {
    return MAPPER.constructType(type);
  }
}
