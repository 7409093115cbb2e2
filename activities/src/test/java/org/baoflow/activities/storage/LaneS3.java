package org.baoflow.activities.storage;

import java.util.List;
import org.baoflow.lane.sim.s3.RustFsSimulator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The lane's S3 endpoint (the same S3Proxy-based {@link RustFsSimulator} that {@code Lane.start()}
 * runs, started alone because these tests need nothing else) with one bucket and a client built by
 * {@link S3ClientFactory}. One per test class.
 */
final class LaneS3 implements AutoCloseable {

  static final String BUCKET = "backups";

  private final RustFsSimulator server;
  private final S3Client client;

  private LaneS3(RustFsSimulator server, S3Client client) {
    this.server = server;
    this.client = client;
  }

  static LaneS3 start() {
    RustFsSimulator server = RustFsSimulator.inMemory();
    server.createBucket(BUCKET);
    return new LaneS3(server, S3ClientFactory.create(target(server), accessKey(server)));
  }

  static S3Target target(RustFsSimulator server) {
    return new S3Target(server.endpoint(), null, BUCKET, true, null);
  }

  static S3AccessKey accessKey(RustFsSimulator server) {
    return new S3AccessKey(
        server.credentials().accessKeyId(), server.credentials().secretAccessKey());
  }

  /** A client like {@link #client()} that gives up after the first failed attempt. */
  S3Client clientWithoutRetries() {
    return S3Client.builder()
        .endpointOverride(server.endpoint())
        .region(Region.US_EAST_1)
        .forcePathStyle(true)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(
                    server.credentials().accessKeyId(), server.credentials().secretAccessKey())))
        .overrideConfiguration(override -> override.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  RustFsSimulator server() {
    return server;
  }

  S3Client client() {
    return client;
  }

  /** Writes an object directly, e.g. to replace one behind the verifier's back. */
  void put(String key, byte[] content) {
    client.putObject(request -> request.bucket(BUCKET).key(key), RequestBody.fromBytes(content));
  }

  /** Downloads an object independently of the code under test. */
  byte[] get(String key) {
    return client.getObjectAsBytes(request -> request.bucket(BUCKET).key(key)).asByteArray();
  }

  /** Whether an object exists. */
  boolean exists(String key) {
    return client.listObjectsV2(request -> request.bucket(BUCKET).prefix(key)).contents().stream()
        .anyMatch(object -> object.key().equals(key));
  }

  /** The upload ids of the open multipart uploads for exactly {@code key}. */
  List<String> openUploads(String key) {
    return OpenUploads.of(client, BUCKET, key);
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
