package org.baoflow.worker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {
  private final DurationConverter converter = new DurationConverter();

  @Test
  void readsSecondsMinutesHoursAndIso() {
    assertThat(converter.convert("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(converter.convert("30m")).isEqualTo(Duration.ofMinutes(30));
    assertThat(converter.convert("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(converter.convert("PT1H30M")).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void refusesWhatIsNoPositiveDuration() {
    assertThatThrownBy(() -> converter.convert("0s"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage("'0s' is not a positive duration");
    assertThatThrownBy(() -> converter.convert("PT-5M"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage("'PT-5M' is not a positive duration");
    assertThatThrownBy(() -> converter.convert("1d"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage("'1d' is not a duration such as 90s, 30m, 2h or PT1H30M");
  }
}
