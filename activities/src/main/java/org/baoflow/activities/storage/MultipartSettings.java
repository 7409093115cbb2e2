package org.baoflow.activities.storage;

/**
 * How a snapshot is cut into multipart-upload parts.
 *
 * @param partSize bytes per part (the last part may be shorter); at least {@link #MIN_PART_SIZE},
 *     S3's minimum for every part but the last
 * @param concurrency how many parts are sent at once, at least 1
 */
public record MultipartSettings(int partSize, int concurrency) {

  /** S3's minimum size of every part except the last. */
  public static final int MIN_PART_SIZE = 5 * 1024 * 1024;

  /** S3's maximum number of parts in one upload. */
  public static final int MAX_PARTS = 10_000;

  /** 10 MiB parts, 3 at a time: objects up to ≈97.6 GiB, 40 MiB of part buffers. */
  public static final MultipartSettings DEFAULT = new MultipartSettings(10 * 1024 * 1024, 3);

  /** Checks the S3 limits. */
  public MultipartSettings {
    if (partSize < MIN_PART_SIZE) {
      throw new IllegalArgumentException(
          "partSize must be at least " + MIN_PART_SIZE + " bytes, got " + partSize);
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
    }
  }

  /**
   * How many part buffers an upload may hold: one per part being sent plus the one being filled
   * from the stream.
   */
  public int bufferCount() {
    return concurrency + 1;
  }
}
