package org.baoflow.lane.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class GeneratedBytesTest {

  @Test
  void yieldsTheSameBytesHoweverTheyAreRead() throws IOException {
    byte[] whole = new GeneratedBytes(10_007, 42).readAllBytes();

    ByteArrayOutputStream piecewise = new ByteArrayOutputStream();
    try (InputStream stream = new GeneratedBytes(10_007, 42)) {
      // Odd chunk sizes and single bytes cross the 8-byte word boundaries at every offset.
      piecewise.write(stream.read());
      byte[] chunk = new byte[13];
      for (int n = stream.read(chunk, 0, 13); n > 0; n = stream.read(chunk, 0, 13)) {
        piecewise.write(chunk, 0, n);
        int single = stream.read();
        if (single >= 0) {
          piecewise.write(single);
        }
      }
    }

    assertThat(whole).hasSize(10_007);
    assertThat(piecewise.toByteArray()).isEqualTo(whole);
  }

  @Test
  void differsBySeedAndIsNotZeros() throws IOException {
    byte[] first = new GeneratedBytes(4096, 1).readAllBytes();
    byte[] second = new GeneratedBytes(4096, 2).readAllBytes();

    assertThat(first).isNotEqualTo(second);
    assertThat(first).isNotEqualTo(new byte[4096]);
    // Pseudo-random bytes take most of the 256 values; a repeating pattern would take few.
    assertThat(distinctValues(first)).isGreaterThan(200);
  }

  @Test
  void endsAfterItsLength() throws IOException {
    InputStream stream = new GeneratedBytes(5, 7);
    byte[] buffer = new byte[8];

    assertThat(stream.read(buffer)).isEqualTo(5);
    assertThat(stream.read(buffer)).isEqualTo(-1);
    assertThat(stream.read()).isEqualTo(-1);
    assertThat(new GeneratedBytes(0, 7).read()).isEqualTo(-1);
  }

  @Test
  void refusesANegativeLength() {
    assertThatThrownBy(() -> new GeneratedBytes(-1, 7))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static long distinctValues(byte[] bytes) {
    boolean[] seen = new boolean[256];
    long count = 0;
    for (byte value : bytes) {
      if (!seen[value & 0xFF]) {
        seen[value & 0xFF] = true;
        count++;
      }
    }
    return count;
  }
}
