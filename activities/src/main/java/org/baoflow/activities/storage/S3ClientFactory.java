package org.baoflow.activities.storage;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the synchronous {@link S3Client} for an {@link S3Target}: static credentials given as
 * values, path-style addressing on request and, when the target names a CA, trust in that CA only.
 * There is no switch to skip certificate checks.
 */
public final class S3ClientFactory {

  private S3ClientFactory() {}

  /** A new client; the caller closes it. */
  public static S3Client create(S3Target target, S3AccessKey key) {
    Apache5HttpClient.Builder http = Apache5HttpClient.builder();
    target.ca().ifPresent(pem -> http.tlsTrustManagersProvider(() -> CaTrust.onlyFrom(pem)));
    return S3Client.builder()
        .endpointOverride(target.endpoint())
        .region(Region.of(target.region()))
        .forcePathStyle(target.pathStyle())
        .credentialsProvider(StaticCredentialsProvider.create(credentials(key)))
        // Backups prove integrity with their own SHA-256 over the whole object (multipart CRC32s
        // are composite and prove nothing end to end), and the default CRC32 on every request
        // costs 3-35% throughput (dependencies.md, Q4).
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .httpClientBuilder(http)
        .build();
  }

  private static AwsCredentials credentials(S3AccessKey key) {
    return key.session()
        .<AwsCredentials>map(
            session ->
                AwsSessionCredentials.create(key.accessKeyId(), key.secretAccessKey(), session))
        .orElseGet(() -> AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey()));
  }
}
