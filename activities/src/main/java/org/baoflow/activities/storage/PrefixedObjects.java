package org.baoflow.activities.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;

/**
 * The objects under one key prefix of a bucket, for retention and DeleteAll: lists them (paginated
 * ListObjectsV2) and deletes them (DeleteObjects in batches), and refuses to touch any key outside
 * the prefix. The prefix must end with {@code /}, so {@code backups/k8s/ns/db/} never reaches
 * {@code backups/k8s/ns/db2/}.
 */
public final class PrefixedObjects {

  /** S3's most keys per ListObjectsV2 page and per DeleteObjects request. */
  static final int S3_BATCH_LIMIT = 1000;

  private final S3Client s3;
  private final String bucket;
  private final String prefix;
  private final int batchSize;

  /**
   * @param prefix a non-empty key prefix ending with {@code /}
   */
  public PrefixedObjects(S3Client s3, String bucket, String prefix) {
    this(s3, bucket, prefix, S3_BATCH_LIMIT);
  }

  /** With smaller pages and batches, so tests exercise pagination without 1000 objects. */
  PrefixedObjects(S3Client s3, String bucket, String prefix, int batchSize) {
    this.s3 = Objects.requireNonNull(s3, "s3");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isEmpty() || !prefix.endsWith("/") || prefix.startsWith("/")) {
      throw new IllegalArgumentException(
          "the prefix must be non-empty, not start with / and end with /: '" + prefix + "'");
    }
    if (batchSize < 1 || batchSize > S3_BATCH_LIMIT) {
      throw new IllegalArgumentException("batchSize must be 1 to 1000, got " + batchSize);
    }
    this.prefix = prefix;
    this.batchSize = batchSize;
  }

  /** The prefix every key here starts with. */
  public String prefix() {
    return prefix;
  }

  /** Every object under the prefix, in key order. */
  public List<StoredObject> list() {
    return s3
        .listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix).maxKeys(batchSize))
        .contents()
        .stream()
        .map(object -> new StoredObject(object.key(), object.size(), object.lastModified()))
        .toList();
  }

  /**
   * Deletes these objects; keys that do not exist count as deleted (S3 semantics).
   *
   * @return how many keys were deleted
   * @throws IllegalArgumentException if a key is outside the prefix; then nothing is deleted
   * @throws IllegalStateException if the store refused some keys; it names them and the codes
   */
  public int delete(Collection<String> keys) {
    List<String> outside = keys.stream().filter(key -> !key.startsWith(prefix)).toList();
    if (!outside.isEmpty()) {
      throw new IllegalArgumentException(
          "refusing to delete keys outside " + prefix + ": " + outside);
    }
    List<String> all = List.copyOf(keys);
    List<S3Error> errors = new ArrayList<>();
    for (int start = 0; start < all.size(); start += batchSize) {
      List<ObjectIdentifier> batch =
          all.subList(start, Math.min(start + batchSize, all.size())).stream()
              .map(key -> ObjectIdentifier.builder().key(key).build())
              .toList();
      DeleteObjectsResponse response =
          s3.deleteObjects(
              request ->
                  request.bucket(bucket).delete(delete -> delete.objects(batch).quiet(true)));
      errors.addAll(response.errors());
    }
    if (!errors.isEmpty()) {
      throw new IllegalStateException(
          "the store refused to delete "
              + errors.stream()
                  .map(error -> error.key() + " (" + error.code() + ")")
                  .collect(Collectors.joining(", ")));
    }
    return all.size();
  }

  /**
   * Deletes every object under the prefix.
   *
   * @return how many were deleted
   */
  public int deleteAll() {
    return delete(list().stream().map(StoredObject::key).toList());
  }
}
