package org.baoflow.lane.sim.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

class RustFsSimulatorTest {

  private static final int MIB = 1024 * 1024;

  private static RustFsSimulator rustFs;
  private static S3Client noRetries;

  private String bucket;

  @BeforeAll
  static void start() {
    long started = System.nanoTime();
    rustFs = RustFsSimulator.inMemory();
    printMillis("S3Proxy (in-memory store) first start", started);
    noRetries = client(rustFs, rustFs.credentials(), 1);
  }

  @AfterAll
  static void stop() {
    noRetries.close();
    rustFs.close();
  }

  @BeforeEach
  void freshBucket() {
    rustFs.faults().clear();
    bucket = "bucket-" + System.nanoTime();
    rustFs.createBucket(bucket);
  }

  @Test
  void putGetAndListRoundTripTheBytes() throws IOException {
    byte[] data = randomBytes(300_000, 1);
    noRetries.putObject(b -> b.bucket(bucket).key("cluster-a/snap-1"), RequestBody.fromBytes(data));
    noRetries.putObject(
        b -> b.bucket(bucket).key("cluster-b/snap-1"),
        RequestBody.fromString("other", StandardCharsets.UTF_8));

    try (ResponseInputStream<GetObjectResponse> in =
        noRetries.getObject(b -> b.bucket(bucket).key("cluster-a/snap-1"))) {
      assertThat(sha256(in)).isEqualTo(sha256(data));
      assertThat(in.response().contentLength()).isEqualTo(data.length);
    }
    List<String> keys =
        noRetries.listObjectsV2(b -> b.bucket(bucket).prefix("cluster-a/")).contents().stream()
            .map(S3Object::key)
            .toList();
    assertThat(keys).containsExactly("cluster-a/snap-1");
    assertThat(noRetries.listBuckets().buckets()).anyMatch(b -> b.name().equals(bucket));
  }

  @Test
  void multipartUploadRoundTripsTheBytes() throws IOException {
    byte[] data = randomBytes(2 * 5 * MIB + 12_345, 2);
    String key = "snapshots/multipart.snap";
    String uploadId = noRetries.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
    List<CompletedPart> parts = new ArrayList<>();
    int partSize = 5 * MIB;
    for (int offset = 0, number = 1; offset < data.length; offset += partSize, number++) {
      int length = Math.min(partSize, data.length - offset);
      int partNumber = number;
      String etag =
          noRetries
              .uploadPart(
                  b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(partNumber),
                  RequestBody.fromBytes(Arrays.copyOfRange(data, offset, offset + length)))
              .eTag();
      parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
    }
    noRetries.completeMultipartUpload(
        b ->
            b.bucket(bucket)
                .key(key)
                .uploadId(uploadId)
                .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));

    assertThat(parts).hasSize(3);
    try (InputStream in = noRetries.getObject(b -> b.bucket(bucket).key(key))) {
      assertThat(sha256(in)).isEqualTo(sha256(data));
    }
  }

  @Test
  void exactlyTheNextNRequestsFailThenTheEndpointRecovers() {
    rustFs.faults().failNext(3, S3Fault.SLOW_DOWN);

    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThatThrownBy(() -> noRetries.headBucket(b -> b.bucket(bucket)))
          .isInstanceOfSatisfying(
              S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(503));
    }
    assertThat(rustFs.faults().remaining()).isZero();

    noRetries.putObject(
        b -> b.bucket(bucket).key("after-faults"),
        RequestBody.fromString("ok", StandardCharsets.UTF_8));
    assertThat(noRetries.getObjectAsBytes(b -> b.bucket(bucket).key("after-faults")).asUtf8String())
        .isEqualTo("ok");
  }

  @Test
  void aFaultCarriesTheS3ErrorCode() {
    rustFs.faults().failNext(1, S3Fault.INTERNAL_ERROR);

    assertThatThrownBy(
            () ->
                noRetries.putObject(
                    b -> b.bucket(bucket).key("k"),
                    RequestBody.fromString("v", StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            S3Exception.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(500);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InternalError");
            });
    assertThat(noRetries.listObjectsV2(b -> b.bucket(bucket)).contents()).isEmpty();
  }

  @Test
  void theSdksRetriesRideOutFewerFaultsThanItsAttempts() {
    long before = rustFs.faults().injectedCount();
    rustFs.faults().failNext(2, S3Fault.SLOW_DOWN);
    try (S3Client retrying = client(rustFs, rustFs.credentials(), 3)) {
      retrying.putObject(
          b -> b.bucket(bucket).key("retried"),
          RequestBody.fromString("made it", StandardCharsets.UTF_8));
    }
    assertThat(rustFs.faults().injectedCount() - before).isEqualTo(2);
    assertThat(noRetries.getObjectAsBytes(b -> b.bucket(bucket).key("retried")).asUtf8String())
        .isEqualTo("made it");
  }

  @Test
  void anotherKeyPairIsRefused() {
    S3Credentials stranger = S3Credentials.generate();
    try (S3Client wrong = client(rustFs, stranger, 1)) {
      assertThatThrownBy(() -> wrong.listBuckets())
          .isInstanceOfSatisfying(
              S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
    }
  }

  @Test
  void credentialsNeverShowTheSecret() {
    S3Credentials credentials = rustFs.credentials();
    assertThat(credentials.toString())
        .contains(credentials.accessKeyId())
        .doesNotContain(credentials.secretAccessKey());
    assertThat(S3Credentials.generate()).isNotEqualTo(credentials);
  }

  @Test
  void theFilesystemStoreKeepsObjectsInItsDirectoryAndDeletesItOnClose() throws IOException {
    byte[] data = randomBytes(6 * MIB, 3);
    Path directory;
    long started = System.nanoTime();
    try (RustFsSimulator onDisk = RustFsSimulator.onFilesystem();
        S3Client client = client(onDisk, onDisk.credentials(), 1)) {
      printMillis("S3Proxy (filesystem store) later start", started);
      directory = onDisk.storeDirectory().orElseThrow();
      onDisk.createBucket("large");
      client.putObject(b -> b.bucket("large").key("big.bin"), RequestBody.fromBytes(data));
      try (InputStream in = client.getObject(b -> b.bucket("large").key("big.bin"))) {
        assertThat(sha256(in)).isEqualTo(sha256(data));
      }
      try (Stream<Path> files = Files.walk(directory)) {
        assertThat(files.filter(Files::isRegularFile).mapToLong(RustFsSimulatorTest::size).sum())
            .isGreaterThanOrEqualTo(data.length);
      }
    }
    assertThat(directory).doesNotExist();
  }

  @Test
  void failNextRejectsANonPositiveCount() {
    assertThatThrownBy(() -> rustFs.faults().failNext(0, S3Fault.SLOW_DOWN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static S3Client client(
      RustFsSimulator target, S3Credentials credentials, int maxAttempts) {
    return S3Client.builder()
        .endpointOverride(target.endpoint())
        .region(Region.US_EAST_1)
        .forcePathStyle(true)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(
                    credentials.accessKeyId(), credentials.secretAccessKey())))
        .overrideConfiguration(o -> o.retryStrategy(retries(maxAttempts)))
        .build();
  }

  /** Immediate retries, so a retried fault costs no wall time. */
  private static RetryStrategy retries(int maxAttempts) {
    return StandardRetryStrategy.builder()
        .maxAttempts(maxAttempts)
        .backoffStrategy(BackoffStrategy.retryImmediately())
        .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
        .circuitBreakerEnabled(false)
        .build();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] randomBytes(int length, long seed) {
    byte[] data = new byte[length];
    new Random(seed).nextBytes(data);
    return data;
  }

  private static String sha256(byte[] data) {
    return HexFormat.of().formatHex(digest().digest(data));
  }

  private static String sha256(InputStream in) throws IOException {
    MessageDigest digest = digest();
    byte[] buffer = new byte[64 * 1024];
    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
      digest.update(buffer, 0, read);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void printMillis(String what, long startedNanos) {
    System.out.printf(
        "[lane timing] %s: %d ms%n", what, (System.nanoTime() - startedNanos) / 1_000_000);
  }
}
