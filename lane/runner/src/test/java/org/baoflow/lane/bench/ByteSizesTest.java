package org.baoflow.lane.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteSizesTest {

  @Test
  void parsesBinarySuffixes() {
    assertThat(ByteSizes.parseList("64m,512M, 2g,1000,4k"))
        .containsExactly(64L << 20, 512L << 20, 2L << 30, 1000L, 4096L);
  }

  @Test
  void refusesWhatIsNotASize() {
    assertThatThrownBy(() -> ByteSizes.parse("2x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ByteSizes.parse("0m")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ByteSizes.parseList("64m,"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ByteSizes.parse("99999999999g"))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void formatsWholeUnits() {
    assertThat(ByteSizes.format(2L << 30)).isEqualTo("2 GiB");
    assertThat(ByteSizes.format(64L << 20)).isEqualTo("64 MiB");
    assertThat(ByteSizes.format(1000)).isEqualTo("1000 B");
  }
}
