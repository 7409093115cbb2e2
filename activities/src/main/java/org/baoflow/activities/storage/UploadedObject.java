package org.baoflow.activities.storage;

import java.util.Objects;

/**
 * An object written by {@link SnapshotUpload}, as measured while streaming it.
 *
 * @param bucket the bucket
 * @param key the object key
 * @param size the bytes read from the source and stored
 * @param sha256 the SHA-256 of those bytes, lowercase hex
 * @param eTag the ETag that CompleteMultipartUpload (or PutObject, for objects smaller than one
 *     part) returned
 */
public record UploadedObject(String bucket, String key, long size, String sha256, String eTag) {

  /** Checks that every part is present. */
  public UploadedObject {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(eTag, "eTag");
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative, got " + size);
    }
  }
}
