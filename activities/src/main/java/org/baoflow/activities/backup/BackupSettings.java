package org.baoflow.activities.backup;

import java.util.Objects;

/**
 * How the backup activities of this worker reach object storage.
 *
 * @param s3Endpoints maps the spec's endpoint to where to connect: {@link
 *     S3EndpointResolver#direct()} in Kubernetes, the lane's S3 server in the lane
 */
public record BackupSettings(S3EndpointResolver s3Endpoints) {

  /** Checks that every part is present. */
  public BackupSettings {
    Objects.requireNonNull(s3Endpoints, "s3Endpoints");
  }

  /** A worker in Kubernetes: endpoints are reached as the spec names them. */
  public static BackupSettings direct() {
    return new BackupSettings(S3EndpointResolver.direct());
  }
}
