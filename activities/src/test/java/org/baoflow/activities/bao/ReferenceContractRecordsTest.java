package org.baoflow.activities.bao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The client's records against the same example answers the simulator is checked against
 * (lane/simulators {@code contract/*.json}, taken from openbao-api.md): each example is decoded the
 * way the client decodes it, and every field the record models must carry the example's value, or
 * be empty when the example leaves it out; every primitive (always present) field of the record
 * must be in the example under the record's name. Error examples map to the typed exception with
 * the server's messages.
 */
class ReferenceContractRecordsTest {

  private static final Path CONTRACT = Path.of("../lane/simulators/src/test/resources/contract");

  /** Numbers compare by value, so an int in the example equals a long in the record. */
  private static final Comparator<JsonNode> VALUES =
      (a, b) ->
          a.isNumber() && b.isNumber()
              ? a.decimalValue().compareTo(b.decimalValue())
              : a.equals(b) ? 0 : 1;

  /**
   * How the client reads one example.
   *
   * @param pointer where in the example the decoded record's fields are
   * @param type the record
   * @param decode the client's decoding of the whole body
   */
  private record Pinned(String pointer, Class<?> type, Decoder decode) {}

  @FunctionalInterface
  private interface Decoder {
    Object decode(byte[] body) throws IOException;
  }

  private static Pinned top(Class<?> type) {
    return new Pinned("", type, body -> BaoJson.MAPPER.readValue(body, type));
  }

  private static Pinned data(Class<?> type) {
    return new Pinned(
        "/data",
        type,
        body -> BaoJson.MAPPER.<Envelope<?>>readValue(body, BaoJson.envelopeOf(type)).data());
  }

  private static final Map<String, List<Pinned>> RECORDS =
      Map.ofEntries(
          Map.entry("sys-init-get.json", List.of(top(InitState.class))),
          Map.entry("sys-init-put-auto-unseal.json", List.of(top(InitResponse.class))),
          Map.entry("sys-init-put-recovery-keys.json", List.of(top(InitResponse.class))),
          Map.entry("seal-status-active.json", List.of(top(SealStatus.class))),
          Map.entry("seal-status-uninitialized.json", List.of(top(SealStatus.class))),
          Map.entry("seal-status-sealed.json", List.of(top(SealStatus.class))),
          Map.entry("unseal-reset.json", List.of(top(SealStatus.class))),
          Map.entry("raft-join-initialized.json", List.of(top(RaftJoinResponse.class))),
          Map.entry("health-active.json", List.of(top(HealthResponse.class))),
          Map.entry("health-active-code-override.json", List.of(top(HealthResponse.class))),
          Map.entry("health-standby.json", List.of(top(HealthResponse.class))),
          Map.entry("health-standby-ok.json", List.of(top(HealthResponse.class))),
          Map.entry(
              "health-standby-perfstandbyok-ignored.json", List.of(top(HealthResponse.class))),
          Map.entry("health-sealed.json", List.of(top(HealthResponse.class))),
          Map.entry("health-uninitialized.json", List.of(top(HealthResponse.class))),
          Map.entry("leader-active.json", List.of(top(LeaderResponse.class))),
          Map.entry("leader-standby.json", List.of(top(LeaderResponse.class))),
          Map.entry(
              "raft-configuration.json",
              List.of(
                  new Pinned(
                      "/data/config",
                      RaftConfiguration.class,
                      body ->
                          BaoJson.MAPPER
                              .<Envelope<ConfigurationData>>readValue(
                                  body, BaoJson.envelopeOf(ConfigurationData.class))
                              .data()
                              .config()),
                  new Pinned(
                      "/data/config/servers/0",
                      RaftServer.class,
                      body ->
                          BaoJson.MAPPER
                              .<Envelope<ConfigurationData>>readValue(
                                  body, BaoJson.envelopeOf(ConfigurationData.class))
                              .data()
                              .config()
                              .servers()
                              .get(0)))),
          Map.entry(
              "autopilot-state.json",
              List.of(
                  data(AutopilotState.class),
                  new Pinned(
                      "/data/servers/dev-0",
                      AutopilotServer.class,
                      body ->
                          BaoJson.MAPPER
                              .<Envelope<AutopilotState>>readValue(
                                  body, BaoJson.envelopeOf(AutopilotState.class))
                              .data()
                              .servers()
                              .get("dev-0")))),
          Map.entry("autopilot-configuration.json", List.of(data(AutopilotConfiguration.class))),
          Map.entry(
              "sys-auth-list.json",
              List.of(
                  new Pinned(
                      "/data/token~1",
                      MountInfo.class,
                      body ->
                          BaoJson.MAPPER
                              .<Map<String, MountInfo>>convertValue(
                                  LogicalData.of(BaoJson.MAPPER.readTree(body)), MountClient.MOUNTS)
                              .get("token/")),
                  new Pinned(
                      "/token~1",
                      MountInfo.class,
                      body -> {
                        // Only the copy at the top level, as some routes answer.
                        JsonNode tree = BaoJson.MAPPER.readTree(body);
                        ((ObjectNode) tree).remove("data");
                        return BaoJson.MAPPER
                            .<Map<String, MountInfo>>convertValue(
                                LogicalData.of(tree), MountClient.MOUNTS)
                            .get("token/");
                      }))),
          Map.entry("policies-acl-read.json", List.of(data(AclPolicy.class))),
          Map.entry("policies-acl-list.json", List.of(data(KeyList.class))),
          Map.entry("token-lookup-self-root.json", List.of(data(TokenLookup.class))));

  @TestFactory
  Stream<DynamicTest> theClientsRecordsReadTheReferenceExamples() throws IOException {
    return contractFiles().stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  @Test
  void everyExampleWithAnAnswerBodyIsPinned() throws IOException {
    List<String> unpinned = new ArrayList<>();
    for (Path file : contractFiles()) {
      JsonNode response = BaoJson.MAPPER.readTree(file.toFile()).get("response");
      String name = file.getFileName().toString();
      if (!response.isNull() && !response.has("errors") && !RECORDS.containsKey(name)) {
        unpinned.add(name);
      }
    }
    assertThat(unpinned).isEmpty();
    assertThat(contractFiles()).hasSizeGreaterThanOrEqualTo(RECORDS.size());
  }

  private static void check(Path file) throws IOException {
    JsonNode contract = BaoJson.MAPPER.readTree(file.toFile());
    JsonNode response = contract.get("response");
    if (response.isNull()) {
      return;
    }
    byte[] body = BaoJson.MAPPER.writeValueAsBytes(response);
    if (response.has("errors")) {
      checkError(contract.get("status").asInt(), response, body);
      return;
    }
    for (Pinned pinned : RECORDS.get(file.getFileName().toString())) {
      Object decoded = pinned.decode().decode(body);
      assertThat(decoded).as(pinned.type().getSimpleName()).isInstanceOf(pinned.type());
      JsonNode example = response.at(pinned.pointer());
      List<String> problems = new ArrayList<>();
      compare(pinned.pointer(), BaoJson.MAPPER.valueToTree(decoded), example, problems);
      requirePrimitives(pinned.type(), example, problems);
      assertThat(problems).as(pinned.type().getSimpleName() + " at " + pinned.pointer()).isEmpty();
    }
  }

  private static void checkError(int status, JsonNode response, byte[] body) {
    BaoResponseException error = BaoErrors.toException("GET /v1/x", status, body);
    List<String> messages = new ArrayList<>();
    response.get("errors").forEach(message -> messages.add(message.asText()));
    assertThat(error.errors()).isEqualTo(messages);
    assertThat(error.statusCode()).isEqualTo(status);
    Class<?> expected =
        switch (status) {
          case 400 -> BaoBadRequestException.class;
          case 403 -> BaoPermissionDeniedException.class;
          case 404 -> BaoNotFoundException.class;
          case 503 -> BaoSealedException.class;
          default -> BaoServerException.class;
        };
    assertThat(error).isInstanceOf(expected);
  }

  /** Each field of the record's tree against the example: equal, or empty when left out. */
  private static void compare(String pointer, JsonNode record, JsonNode example, List<String> out) {
    for (Entry<String, JsonNode> field : record.properties()) {
      String where = pointer + "/" + field.getKey();
      JsonNode value = field.getValue();
      JsonNode documented = example.get(field.getKey());
      if (documented == null) {
        if (!isEmpty(value)) {
          out.add(where + " is " + value + " but the example leaves it out");
        }
      } else if (value.isObject() && documented.isObject()) {
        compare(where, value, documented, out);
      } else if (!value.equals(VALUES, documented) && !(value.isEmpty() && isEmpty(documented))) {
        out.add(where + " reads " + value + ", the example says " + documented);
      }
    }
  }

  private static boolean isEmpty(JsonNode value) {
    return value.isNull()
        || (value.isContainerNode() && value.isEmpty())
        || (value.isBoolean() && !value.asBoolean())
        || (value.isNumber() && value.decimalValue().signum() == 0);
  }

  /** A primitive component is a field the reference always sends: it must be in the example. */
  private static void requirePrimitives(Class<?> type, JsonNode example, List<String> out) {
    for (RecordComponent component : type.getRecordComponents()) {
      JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
      if (component.getType().isPrimitive() && property != null && !example.has(property.value())) {
        out.add(type.getSimpleName() + " always reads " + property.value() + ", not in example");
      }
    }
  }

  private static List<Path> contractFiles() throws IOException {
    if (!Files.isDirectory(CONTRACT)) {
      fail("the contract files are not at " + CONTRACT.toAbsolutePath());
    }
    try (Stream<Path> listing = Files.list(CONTRACT)) {
      return listing.filter(path -> path.toString().endsWith(".json")).sorted().toList();
    }
  }
}
