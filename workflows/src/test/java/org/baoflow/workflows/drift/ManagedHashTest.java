package org.baoflow.workflows.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ManagedHashTest {
  private static final String APPLIED =
      """
      {"kind":"StatefulSet","metadata":{"name":"dev","labels":{"a":"1","b":"2"},
       "resourceVersion":"7"},"spec":{"replicas":3,"template":{"x":[1,2]}},
       "status":{"readyReplicas":1}}""";

  @Test
  void statusAndMetadataOutsideLabelsDoNotCount() {
    String statusWritten =
        """
        {"kind":"StatefulSet","metadata":{"name":"dev","labels":{"b":"2","a":"1"},
         "resourceVersion":"9","managedFields":[{}]},"spec":{"template":{"x":[1,2]},"replicas":3},
         "status":{"readyReplicas":3}}""";

    assertThat(ManagedHash.of(statusWritten)).isEqualTo(ManagedHash.of(APPLIED));
  }

  @Test
  void aChangedSpecFieldOrLabelChangesTheHash() {
    assertThat(ManagedHash.of(APPLIED.replace("\"replicas\":3", "\"replicas\":5")))
        .isNotEqualTo(ManagedHash.of(APPLIED));
    assertThat(ManagedHash.of(APPLIED.replace("\"b\":\"2\"", "\"b\":\"3\"")))
        .isNotEqualTo(ManagedHash.of(APPLIED));
    assertThat(ManagedHash.of(APPLIED.replace("[1,2]", "[2,1]")))
        .as("list order is meaningful")
        .isNotEqualTo(ManagedHash.of(APPLIED));
  }

  @Test
  void isLowerCaseHexSha256() {
    assertThat(ManagedHash.of(APPLIED)).matches("[0-9a-f]{64}");
  }

  @Test
  void refusesWhatIsNotJson() {
    assertThatThrownBy(() -> ManagedHash.of("{not json")).isInstanceOf(UncheckedIOException.class);
  }
}
