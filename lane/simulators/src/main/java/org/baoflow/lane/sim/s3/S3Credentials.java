package org.baoflow.lane.sim.s3;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The access key pair of one lane's S3 endpoint. Generated per lane so no test depends on a fixed
 * secret; {@link #toString()} never shows the secret.
 *
 * @param accessKeyId the access key id, safe to log
 * @param secretAccessKey the secret access key, never logged
 */
public record S3Credentials(String accessKeyId, String secretAccessKey) {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Checks that both parts are present. */
  public S3Credentials {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
  }

  /** A fresh random key pair, shaped like AWS keys (a 20-character id, a 40-character secret). */
  public static S3Credentials generate() {
    return new S3Credentials("LANE" + randomHex(8).toUpperCase(Locale.ROOT), randomHex(20));
  }

  private static String randomHex(int bytes) {
    byte[] buffer = new byte[bytes];
    RANDOM.nextBytes(buffer);
    return HexFormat.of().formatHex(buffer);
  }

  @Override
  public String toString() {
    return "S3Credentials[accessKeyId=" + accessKeyId + ", secretAccessKey=<redacted>]";
  }
}
