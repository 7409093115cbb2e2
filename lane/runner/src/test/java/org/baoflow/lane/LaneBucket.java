package org.baoflow.lane;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.baoflow.lane.sim.s3.RustFsSimulator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * One bucket of the lane's S3 server seen by a client of its own, independent of BaoFlow's S3 code:
 * what a lane IT lists, downloads and plants to check what backups left behind. Its requests go
 * through the server's fault injector like any other, so a test that injects faults lists only once
 * they are cleared.
 */
final class LaneBucket implements AutoCloseable {
  private final S3Client s3;
  private final String bucket;

  private LaneBucket(S3Client s3, String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  /** Creates {@code bucket} in the lane's S3 server and opens a client on it. */
  static LaneBucket create(RustFsSimulator rustFs, String bucket) {
    rustFs.createBucket(bucket);
    S3Client s3 =
        S3Client.builder()
            .endpointOverride(rustFs.endpoint())
            .region(Region.US_EAST_1)
            .forcePathStyle(true)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(
                        rustFs.credentials().accessKeyId(),
                        rustFs.credentials().secretAccessKey())))
            // One attempt: a request of the test never uses up a fault meant for the worker twice.
            .overrideConfiguration(
                o ->
                    o.retryStrategy(
                        StandardRetryStrategy.builder()
                            .maxAttempts(1)
                            .backoffStrategy(BackoffStrategy.retryImmediately())
                            .circuitBreakerEnabled(false)
                            .build()))
            .build();
    return new LaneBucket(s3, bucket);
  }

  /** The keys under {@code prefix}, sorted. */
  List<String> keys(String prefix) {
    return s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).stream()
        .flatMap(page -> page.contents().stream())
        .map(S3Object::key)
        .sorted()
        .toList();
  }

  /** Every key of the bucket, sorted. */
  List<String> keys() {
    return keys("");
  }

  /** The keys of the multipart uploads still open under {@code prefix}. */
  List<String> openUploads(String prefix) {
    return s3
        .listMultipartUploads(request -> request.bucket(bucket).prefix(prefix))
        .uploads()
        .stream()
        .map(MultipartUpload::key)
        .sorted()
        .toList();
  }

  /** The object's bytes. */
  byte[] get(String key) {
    return s3.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray();
  }

  /** The object's bytes as UTF-8 text. */
  String getText(String key) {
    return new String(get(key), StandardCharsets.UTF_8);
  }

  /** Stores {@code content} under {@code key}. */
  void put(String key, String content) {
    s3.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromString(content));
  }

  /** The SHA-256 of {@code bytes}, lowercase hex as in a backup manifest. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public void close() {
    s3.close();
  }
}
