package org.baoflow.lane.sim.bao.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison the contract set relies on finds each kind of drift. */
class ShapeCheckTest {

  private static final JsonNode EXAMPLE =
      json(
          "{\"data\":{\"config\":{\"servers\":[{\"node_id\":\"n\",\"protocol_version\":\"3\"}],"
              + "\"index\":7}},\"wrap_info\":null,\"token/\":{\"type\":\"token\"}}");

  @Test
  void anAnswerWithTheSameShapeAndExtraFieldsPasses() {
    JsonNode actual =
        json(
            "{\"data\":{\"config\":{\"servers\":[{\"node_id\":\"a\",\"protocol_version\":\"3\","
                + "\"extra\":1},{\"node_id\":\"b\",\"protocol_version\":\"3\"}],\"index\":9}},"
                + "\"wrap_info\":null,\"token/\":{\"type\":\"token\"},\"more\":true}");

    assertThat(
            ShapeCheck.mismatches(
                EXAMPLE,
                actual,
                List.of("/data/config/servers/0/protocol_version", "/token~1/type"),
                List.of("/mount_type")))
        .isEmpty();
  }

  @Test
  void aMissingFieldAWrongTypeAndAWrongFixedValueAreReported() {
    JsonNode actual =
        json(
            "{\"data\":{\"config\":{\"servers\":[{\"protocol_version\":3}],\"index\":1.5}},"
                + "\"wrap_info\":{},\"token/\":{\"type\":\"jwt\"}}");

    assertThat(ShapeCheck.mismatches(EXAMPLE, actual, List.of("/token~1/type"), List.of()))
        .containsExactlyInAnyOrder(
            "/data/config/servers/0/node_id is missing",
            "/data/config/servers/0/protocol_version is an integer, the reference has a string",
            "/data/config/index is a number, the reference has an integer",
            "/wrap_info is a object, the reference has a null",
            "/token~1/type is \"jwt\", the reference says \"token\"");
  }

  @Test
  void aFieldTheReferenceLeavesOutIsReported() {
    JsonNode actual = json("{\"ha_enabled\":true,\"is_self\":false}");

    assertThat(
            ShapeCheck.mismatches(
                json("{\"ha_enabled\":true}"), actual, List.of("/ha_enabled"), List.of("/is_self")))
        .containsExactly("/is_self must be left out but is false");
  }

  @Test
  void numbersCompareByValue() {
    assertThat(
            ShapeCheck.mismatches(
                json("{\"n\":1000}"), json("{\"n\":1000}"), List.of("/n"), List.of()))
        .isEmpty();
    assertThat(
            ShapeCheck.mismatches(json("{\"n\":0}"), json("{\"n\":1}"), List.of("/n"), List.of()))
        .containsExactly("/n is 1, the reference says 0");
  }

  private static JsonNode json(String text) {
    try {
      return ContractExample.MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
