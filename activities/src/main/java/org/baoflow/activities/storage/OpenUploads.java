package org.baoflow.activities.storage;

import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;

/** The open (neither completed nor aborted) multipart uploads of one object key. */
final class OpenUploads {

  private OpenUploads() {}

  /** The upload ids open for exactly {@code key}; uploads of longer keys sharing it are skipped. */
  static List<String> of(S3Client s3, String bucket, String key) {
    return s3
        .listMultipartUploadsPaginator(request -> request.bucket(bucket).prefix(key))
        .uploads()
        .stream()
        .filter(upload -> upload.key().equals(key))
        .map(MultipartUpload::uploadId)
        .toList();
  }

  /**
   * Aborts every open upload of {@code key}, so a retried backup leaves none behind.
   *
   * @return how many were aborted
   */
  static int abortAll(S3Client s3, String bucket, String key) {
    int aborted = 0;
    for (String uploadId : of(s3, bucket, key)) {
      try {
        s3.abortMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(uploadId));
        aborted++;
      } catch (NoSuchUploadException e) {
        // Completed or aborted since the listing: either way it is no longer open.
      }
    }
    return aborted;
  }
}
