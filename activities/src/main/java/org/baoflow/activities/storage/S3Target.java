package org.baoflow.activities.storage;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where backups go: an S3-compatible endpoint and bucket, without credentials (those come from a
 * Secret as an {@link S3AccessKey}).
 *
 * @param endpoint the endpoint URL, {@code http} or {@code https}, e.g. {@code
 *     https://rustfs.storage.svc:9000}
 * @param region the signing region; blank or null means {@value #DEFAULT_REGION}
 * @param bucket the bucket holding the objects
 * @param pathStyle whether to address the bucket in the path ({@code endpoint/bucket/key}), as
 *     RustFS, MinIO and S3Proxy need, instead of in the host name
 * @param caPem the PEM CA certificate(s) that alone are trusted for an {@code https} endpoint, or
 *     null to trust the JVM's default CAs
 */
public record S3Target(
    URI endpoint, String region, String bucket, boolean pathStyle, String caPem) {

  /** The region used when none is given; S3-compatible stores accept any region. */
  public static final String DEFAULT_REGION = "us-east-1";

  /** Checks the endpoint and bucket and fills in the default region. */
  public S3Target {
    Objects.requireNonNull(endpoint, "endpoint");
    String scheme =
        endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("the S3 endpoint must be http or https: " + endpoint);
    }
    if (endpoint.getHost() == null) {
      throw new IllegalArgumentException("the S3 endpoint has no host: " + endpoint);
    }
    region = region == null || region.isBlank() ? DEFAULT_REGION : region;
    if (Objects.requireNonNull(bucket, "bucket").isBlank()) {
      throw new IllegalArgumentException("bucket must not be blank");
    }
    if (caPem != null && caPem.isBlank()) {
      caPem = null;
    }
    // A CA for a plain-HTTP endpoint would silently protect nothing.
    if (caPem != null && !scheme.equals("https")) {
      throw new IllegalArgumentException("a CA certificate needs an https endpoint: " + endpoint);
    }
  }

  /** The CA certificate(s) to trust alone, if any. */
  public Optional<String> ca() {
    return Optional.ofNullable(caPem);
  }

  /** Names the target without the CA's PEM text. */
  @Override
  public String toString() {
    return "S3Target[endpoint="
        + endpoint
        + ", region="
        + region
        + ", bucket="
        + bucket
        + ", pathStyle="
        + pathStyle
        + ", ca="
        + (caPem == null ? "default" : "custom")
        + "]";
  }
}
