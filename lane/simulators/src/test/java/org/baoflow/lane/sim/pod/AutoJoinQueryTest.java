package org.baoflow.lane.sim.pod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AutoJoinQueryTest {

  @Test
  void readsPlainAndQuotedValues() {
    AutoJoinQuery query =
        AutoJoinQuery.parse(
            "provider=k8s namespace=openbao label_selector=\"openbao.org/cluster=dev, x in (a b)\"");

    assertThat(query.get("provider")).contains("k8s");
    assertThat(query.get("namespace")).contains("openbao");
    assertThat(query.get("label_selector")).contains("openbao.org/cluster=dev, x in (a b)");
    assertThat(query.get("field_selector")).isEmpty();
  }

  @Test
  void unescapesQuotesInsideAQuotedValue() {
    assertThat(AutoJoinQuery.parse("a=\"say \\\"hi\\\"\"").get("a")).contains("say \"hi\"");
  }

  @Test
  void refusesAKeyWithoutValueAndAnOpenQuote() {
    assertThatThrownBy(() -> AutoJoinQuery.parse("provider")).hasMessageContaining("provider");
    assertThatThrownBy(() -> AutoJoinQuery.parse("a=\"open")).hasMessageContaining("unterminated");
  }
}
