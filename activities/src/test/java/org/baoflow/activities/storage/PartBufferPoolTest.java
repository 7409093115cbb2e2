package org.baoflow.activities.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PartBufferPoolTest {

  @Test
  void sizesThePoolForConcurrencyPlusTheBufferBeingFilled() {
    PartBufferPool pool = PartBufferPool.forSettings(MultipartSettings.DEFAULT);

    assertThat(pool.capacity()).isEqualTo(4);
    assertThat(pool.bufferSize()).isEqualTo(10 * 1024 * 1024);
    assertThat(pool.allocated()).isZero();
  }

  @Test
  void aFullPoolMakesTheNextTakerWaitForAReleasedBufferAndReusesIt() throws Exception {
    PartBufferPool pool = new PartBufferPool(2, 16);
    byte[] first = pool.acquire();
    byte[] second = pool.acquire();
    AtomicReference<Thread> taker = new AtomicReference<>();
    CompletableFuture<byte[]> third =
        CompletableFuture.supplyAsync(
            () -> {
              taker.set(Thread.currentThread());
              try {
                return pool.acquire();
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    while (taker.get() == null || taker.get().getState() != Thread.State.WAITING) {
      Thread.onSpinWait();
    }

    assertThat(third).isNotDone();
    assertThat(pool.allocated()).isEqualTo(2);
    assertThat(pool.peakInUse()).isEqualTo(2);

    pool.release(second);

    assertThat(third.get()).isSameAs(second);
    assertThat(pool.allocated()).isEqualTo(2);
    pool.release(first);
    pool.release(third.get());
    assertThat(pool.inUse()).isZero();
  }

  @Test
  void refusesForeignBuffersAndEmptySizes() {
    PartBufferPool pool = new PartBufferPool(1, 16);

    assertThatThrownBy(() -> pool.release(new byte[8]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PartBufferPool(0, 16))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void multipartSettingsKeepS3Limits() {
    assertThatThrownBy(() -> new MultipartSettings(MultipartSettings.MIN_PART_SIZE - 1, 3))
        .hasMessageContaining("partSize");
    assertThatThrownBy(() -> new MultipartSettings(MultipartSettings.MIN_PART_SIZE, 0))
        .hasMessageContaining("concurrency");
    assertThat(MultipartSettings.DEFAULT.bufferCount()).isEqualTo(4);
  }
}
