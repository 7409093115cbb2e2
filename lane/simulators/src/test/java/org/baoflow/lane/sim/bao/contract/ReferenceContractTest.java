package org.baoflow.lane.sim.bao.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The simulator against example answers taken from the reference (openbao-api.md), one contract
 * file each: status code, {@code Cache-Control: no-store}, every documented field with its JSON
 * type, the values the reference fixes and the fields it says are left out. The client's records
 * are pinned to the same files in {@code activities}, so neither can drift from the reference
 * without a test failing.
 */
class ReferenceContractTest {

  @TestFactory
  Stream<DynamicTest> theSimulatorAnswersAsTheReferenceDocuments() {
    return ContractNode.SERVED.stream()
        .map(name -> DynamicTest.dynamicTest(name, () -> check(ContractExample.load(name))));
  }

  private static void check(ContractExample example) {
    try (ContractNode lane = ContractNode.in(example.state())) {
      ContractNode.Answer answer = lane.send(example);

      assertThat(answer.status()).as("status").isEqualTo(example.status());
      assertThat(answer.header("Cache-Control")).as("Cache-Control").isEqualTo("no-store");
      if (example.response() == null) {
        assertThat(answer.raw().body()).as("body").isEmpty();
        return;
      }
      assertThat(answer.header("Content-Type")).as("Content-Type").startsWith("application/json");
      assertThat(
              ShapeCheck.mismatches(
                  example.response(), answer.json(), example.exact(), example.absent()))
          .as("differences from the reference")
          .isEmpty();
    }
  }

  @Test
  void everyContractFileIsCheckedOrAwaitsItsEndpoint() throws IOException, URISyntaxException {
    Path directory = Path.of(ReferenceContractTest.class.getResource("/contract").toURI());
    List<String> files = new ArrayList<>();
    try (Stream<Path> listing = Files.list(directory)) {
      listing.map(path -> path.getFileName().toString()).forEach(files::add);
    }
    List<String> known = new ArrayList<>(ContractNode.SERVED);
    known.addAll(ContractNode.AWAITING);

    assertThat(known).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void awaitedFilesParseAndNameTheirRequest() {
    ContractNode.AWAITING.forEach(
        name -> {
          ContractExample example = ContractExample.load(name);
          assertThat(example.path()).as(name).isNotBlank();
          assertThat(example.response()).as(name).isNotNull();
        });
  }
}
