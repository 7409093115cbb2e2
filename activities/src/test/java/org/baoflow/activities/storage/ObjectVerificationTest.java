package org.baoflow.activities.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baoflow.activities.storage.LaneS3.BUCKET;
import static org.baoflow.activities.storage.TestStreams.MIB;

import java.util.Arrays;
import org.baoflow.activities.storage.VerificationResult.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Verifying stored objects on the lane's S3 against what the upload measured. */
class ObjectVerificationTest {

  private static final MultipartSettings FIVE_MIB = new MultipartSettings(5 * MIB, 2);

  private static LaneS3 s3;
  private static ObjectVerification verification;

  @BeforeAll
  static void startS3() {
    s3 = LaneS3.start();
    verification = new ObjectVerification(s3.client());
  }

  @AfterAll
  static void stopS3() {
    if (s3 != null) {
      s3.close();
    }
  }

  @Test
  void aMultipartObjectAsUploadedIsIntact() throws Exception {
    UploadedObject uploaded = upload("k8s/ns/db/intact.snap", 6 * MIB);

    VerificationResult result = verification.verify(uploaded);

    assertThat(result.intact()).as(result.describe()).isTrue();
    assertThat(result.describe()).isEqualTo("object intact");
  }

  @Test
  void aSmallSinglePutObjectIsIntact() throws Exception {
    assertThat(verification.verify(upload("k8s/ns/db/small.snap", 1000)).intact()).isTrue();
  }

  @Test
  void aTruncatedObjectIsReportedAsTruncatedReplacedAndWronglyHashed() throws Exception {
    String key = "k8s/ns/db/truncated.snap";
    UploadedObject uploaded = upload(key, 6 * MIB);
    s3.put(key, Arrays.copyOf(s3.get(key), 3 * MIB));

    VerificationResult result = verification.verify(uploaded);

    assertThat(result.intact()).isFalse();
    assertThat(result.discrepancies())
        .extracting(VerificationResult.Discrepancy::kind)
        .containsExactly(Kind.TRUNCATED, Kind.ETAG, Kind.SHA256);
    assertThat(result.describe())
        .contains("object truncated: " + 3 * MIB + " bytes stored, " + 6 * MIB + " sent")
        .contains("wrong hash");
  }

  @Test
  void anObjectReplacedBySameSizedContentFailsOnETagAndHash() throws Exception {
    String key = "k8s/ns/db/replaced.snap";
    UploadedObject uploaded = upload(key, 6 * MIB);
    s3.put(key, TestStreams.bytes(6 * MIB, 999));

    VerificationResult result = verification.verify(uploaded);

    assertThat(result.discrepancies())
        .extracting(VerificationResult.Discrepancy::kind)
        .containsExactly(Kind.ETAG, Kind.SHA256);
  }

  @Test
  void aHashDifferenceAloneIsFoundByTheStreamingReHash() throws Exception {
    UploadedObject uploaded = upload("k8s/ns/db/rehash.snap", 6 * MIB);
    String otherHash = TestStreams.sha256(new byte[] {1});
    UploadedObject claimed =
        new UploadedObject(
            uploaded.bucket(), uploaded.key(), uploaded.size(), otherHash, uploaded.eTag());

    VerificationResult result = verification.verify(claimed);

    assertThat(result.discrepancies())
        .singleElement()
        .satisfies(
            discrepancy -> {
              assertThat(discrepancy.kind()).isEqualTo(Kind.SHA256);
              assertThat(discrepancy.expected()).isEqualTo(otherHash);
              assertThat(discrepancy.actual()).isEqualTo(uploaded.sha256());
            });
  }

  @Test
  void aDeletedObjectIsMissing() throws Exception {
    String key = "k8s/ns/db/deleted.snap";
    UploadedObject uploaded = upload(key, 1000);
    s3.client().deleteObject(request -> request.bucket(BUCKET).key(key));

    VerificationResult result = verification.verify(uploaded);

    assertThat(result.has(Kind.MISSING)).isTrue();
    assertThat(result.discrepancies()).hasSize(1);
    assertThat(result.describe()).isEqualTo("object missing");
  }

  private static UploadedObject upload(String key, int size) throws Exception {
    return new SnapshotUpload(s3.client(), FIVE_MIB)
        .upload(BUCKET, key, TestStreams.generated(size, size), sent -> {});
  }
}
