package org.baoflow.api.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoDurationTest {
  @ParameterizedTest
  @CsvSource({
    "720h, PT720H",
    "1h30m, PT1H30M",
    "1.5h, PT1H30M",
    "90s, PT1M30S",
    "300ms, PT0.3S",
    "2us, PT0.000002S",
    "2µs, PT0.000002S",
    "1ns, PT0.000000001S",
    "0.5ns, PT0S",
    "2562047h47m16.854775807s, PT2562047H47M16.854775807S"
  })
  void parsesLikeGo(String text, String expected) {
    assertThat(GoDuration.parse(text)).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "7d", "1h 30m", "-1h", "h", "1.h", "0"})
  void refusesWhatGoRefusesOrTheSchemaForbids(String text) {
    assertThatThrownBy(() -> GoDuration.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2562047h47m16.854775808s", "9999999999h"})
  void refusesDurationsBeyondGosLimit(String text) {
    assertThatThrownBy(() -> GoDuration.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maximum");
  }

  @Test
  void formatsLikeGo() {
    assertThat(GoDuration.format(Duration.ZERO)).isEqualTo("0s");
    assertThat(GoDuration.format(Duration.ofMillis(250))).isEqualTo("250ms");
    assertThat(GoDuration.format(Duration.ofMillis(90_500))).isEqualTo("1m30.5s");
    assertThat(GoDuration.format(Duration.ofMillis(3_723_040))).isEqualTo("1h2m3.04s");
    assertThat(GoDuration.format(Duration.ofHours(2))).isEqualTo("2h0m0s");
    assertThat(GoDuration.parse(GoDuration.format(Duration.ofMillis(3_723_040))))
        .isEqualTo(Duration.ofMillis(3_723_040));
  }
}
