package org.baoflow.lane.bench;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.baoflow.activities.storage.MultipartSettings;
import org.baoflow.activities.storage.S3AccessKey;
import org.baoflow.activities.storage.S3Target;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.multipart.MultipartConfiguration;
import software.amazon.awssdk.transfer.s3.S3TransferManager;

/**
 * The benchmark's baseline: the SDK's {@link S3TransferManager} over its Java multipart client (the
 * CRT client is native), cutting the same part size, with as many connections as our upload sends
 * parts at once, and without the per-request CRC32 our client also leaves out.
 */
final class TransferManagerUpload implements AutoCloseable {

  private final S3AsyncClient client;
  private final S3TransferManager manager;
  private final ExecutorService reader;

  private TransferManagerUpload(
      S3AsyncClient client, S3TransferManager manager, ExecutorService reader) {
    this.client = client;
    this.manager = manager;
    this.reader = reader;
  }

  static TransferManagerUpload create(URI endpoint, S3AccessKey key, MultipartSettings settings) {
    S3AsyncClient client =
        S3AsyncClient.builder()
            .endpointOverride(endpoint)
            .region(Region.of(S3Target.DEFAULT_REGION))
            .forcePathStyle(true)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey())))
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .multipartEnabled(true)
            .multipartConfiguration(
                MultipartConfiguration.builder()
                    .minimumPartSizeInBytes((long) settings.partSize())
                    .thresholdInBytes((long) settings.partSize())
                    .build())
            .httpClientBuilder(
                NettyNioAsyncHttpClient.builder()
                    .maxConcurrency(settings.concurrency())
                    // Parts queue for the few connections; the default 10 s would fail them.
                    .connectionAcquisitionTimeout(Duration.ofMinutes(10)))
            .build();
    S3TransferManager manager = S3TransferManager.builder().s3Client(client).build();
    return new TransferManagerUpload(client, manager, Executors.newSingleThreadExecutor());
  }

  /** Uploads {@code length} bytes of {@code data} to {@code bucket/key} and waits for the end. */
  void upload(String bucket, String key, InputStream data, long length) {
    manager
        .upload(
            upload ->
                upload
                    .putObjectRequest(request -> request.bucket(bucket).key(key))
                    .requestBody(AsyncRequestBody.fromInputStream(data, length, reader)))
        .completionFuture()
        .join();
  }

  @Override
  public void close() {
    manager.close();
    client.close();
    reader.shutdownNow();
  }
}
