package org.baoflow.activities.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.baoflow.activities.storage.LaneS3.BUCKET;
import static org.baoflow.activities.storage.TestStreams.MIB;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.baoflow.lane.sim.s3.S3Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

/** Streaming generated snapshots into the lane's S3 (S3Proxy) with 5 MiB parts. */
class SnapshotUploadTest {

  private static final MultipartSettings FIVE_MIB_BY_TWO =
      new MultipartSettings(MultipartSettings.MIN_PART_SIZE, 2);

  private static LaneS3 s3;

  @BeforeAll
  static void startS3() {
    s3 = LaneS3.start();
  }

  @AfterAll
  static void stopS3() {
    if (s3 != null) {
      s3.close();
    }
  }

  @ParameterizedTest(name = "{0} bytes in {1} part(s)")
  @CsvSource({"0, 1", "1, 1", "5242880, 1", "13107200, 3"})
  void storesTheStreamByteForByteAndReportsProgressPerPart(int size, int parts) throws Exception {
    String key = "k8s/ns/db/upload-" + size + ".snap";
    List<Long> progress = new ArrayList<>();
    Thread caller = Thread.currentThread();
    List<Thread> progressThreads = new ArrayList<>();

    UploadedObject uploaded =
        new SnapshotUpload(s3.client(), FIVE_MIB_BY_TWO)
            .upload(
                BUCKET,
                key,
                TestStreams.generated(size, size),
                sent -> {
                  progress.add(sent);
                  progressThreads.add(Thread.currentThread());
                });

    byte[] expected = TestStreams.bytes(size, size);
    byte[] stored = s3.get(key);
    assertThat(stored).isEqualTo(expected);
    assertThat(TestStreams.sha256(stored)).isEqualTo(uploaded.sha256());
    assertThat(uploaded.sha256()).isEqualTo(TestStreams.sha256(expected));
    assertThat(uploaded.size()).isEqualTo(size);
    assertThat(uploaded.bucket()).isEqualTo(BUCKET);
    assertThat(uploaded.key()).isEqualTo(key);
    assertThat(uploaded.eTag()).isNotBlank();
    assertThat(progress).hasSize(parts).isSorted().last().isEqualTo((long) size);
    assertThat(progressThreads).containsOnly(caller);
    assertThat(s3.openUploads(key)).isEmpty();
  }

  @Test
  void holdsAtMostConcurrencyPlusOnePartBuffersAndReturnsThemAll() throws Exception {
    // One sender: three parts must pass through two buffers, so they are reused, not added.
    SnapshotUpload upload =
        new SnapshotUpload(s3.client(), new MultipartSettings(MultipartSettings.MIN_PART_SIZE, 1));

    UploadedObject uploaded =
        upload.upload(
            BUCKET, "k8s/ns/db/bounded.snap", TestStreams.generated(13 * MIB, 7), sent -> {});

    PartBufferPool buffers = upload.buffers();
    assertThat(uploaded.size()).isEqualTo(13L * MIB);
    assertThat(buffers.capacity()).isEqualTo(2);
    assertThat(buffers.allocated()).isBetween(1, 2);
    assertThat(buffers.peakInUse()).isBetween(1, 2);
    assertThat(buffers.inUse()).isZero();
  }

  @Test
  void abortsOpenUploadsOfTheSameKeyButNotOfLongerKeys() throws Exception {
    String key = "k8s/ns/db/retried.snap";
    String longerKey = key + ".json";
    String stale = createUpload(key);
    createUpload(key);
    String other = createUpload(longerKey);
    assertThat(s3.openUploads(key)).hasSize(2).contains(stale);

    new SnapshotUpload(s3.client(), FIVE_MIB_BY_TWO)
        .upload(BUCKET, key, TestStreams.generated(6 * MIB, 3), sent -> {});

    assertThat(s3.openUploads(key)).isEmpty();
    assertThat(s3.openUploads(longerKey)).containsExactly(other);
    assertThat(s3.get(key)).isEqualTo(TestStreams.bytes(6 * MIB, 3));
    s3.client()
        .abortMultipartUpload(request -> request.bucket(BUCKET).key(longerKey).uploadId(other));
  }

  @Test
  void aStreamBreakingMidwayLeavesNoOpenUploadAndNoObject() {
    String key = "k8s/ns/db/broken.snap";
    List<Long> progress = new ArrayList<>();
    SnapshotUpload upload = new SnapshotUpload(s3.client(), FIVE_MIB_BY_TWO);

    // Part 1 is sent, part 2 breaks while it is read.
    assertThatThrownBy(
            () ->
                upload.upload(
                    BUCKET, key, TestStreams.failingAfter(20 * MIB, 5, 7 * MIB), progress::add))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("broke after");

    assertThat(s3.openUploads(key)).isEmpty();
    assertThat(s3.exists(key)).isFalse();
    assertThat(upload.buffers().inUse()).isZero();
  }

  @Test
  void aStreamBreakingWithinTheFirstPartWritesNothing() {
    String key = "k8s/ns/db/broken-early.snap";
    SnapshotUpload upload = new SnapshotUpload(s3.client(), FIVE_MIB_BY_TWO);

    assertThatThrownBy(
            () -> upload.upload(BUCKET, key, TestStreams.failingAfter(8 * MIB, 5, MIB), sent -> {}))
        .isInstanceOf(IOException.class);

    assertThat(s3.openUploads(key)).isEmpty();
    assertThat(s3.exists(key)).isFalse();
    assertThat(upload.buffers().inUse()).isZero();
  }

  @Test
  void aPartTheStoreRejectsAbortsTheUploadAndReturnsEveryBuffer() {
    String key = "k8s/ns/db/rejected.snap";
    try (S3Client noRetries = s3.clientWithoutRetries()) {
      SnapshotUpload upload =
          new SnapshotUpload(noRetries, new MultipartSettings(MultipartSettings.MIN_PART_SIZE, 1));
      // Part 3 is read only once part 1 gave its buffer back, so the one rejected request is
      // part 2's or part 3's; a part still queued then never runs.
      InputStream source =
          TestStreams.onPosition(
              TestStreams.generated(14 * MIB, 11),
              10 * MIB,
              () -> s3.server().faults().failNext(1, S3Fault.INTERNAL_ERROR));

      assertThatThrownBy(() -> upload.upload(BUCKET, key, source, sent -> {}))
          // The 500 arrives before the part's body is sent, so the client may see a broken pipe.
          .isInstanceOf(SdkException.class);

      assertThat(s3.openUploads(key)).isEmpty();
      assertThat(s3.exists(key)).isFalse();
      assertThat(upload.buffers().inUse()).isZero();
    }
  }

  private static String createUpload(String key) {
    return s3.client().createMultipartUpload(request -> request.bucket(BUCKET).key(key)).uploadId();
  }
}
