package org.baoflow.activities.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Proves that a stored object is the one {@link SnapshotUpload} wrote: HEAD size equals the bytes
 * streamed, the ETag equals the one the upload returned, and a streaming GET re-hashed in constant
 * memory has the upload's SHA-256. The hash is the real proof; multipart S3 checksums are
 * composites of per-part checksums and say nothing about the whole object on their own.
 */
public final class ObjectVerification {

  private static final int NOT_FOUND = 404;

  private final S3Client s3;

  /** A verifier reading through {@code s3}. */
  public ObjectVerification(S3Client s3) {
    this.s3 = Objects.requireNonNull(s3, "s3");
  }

  /**
   * Checks the stored object against what the upload measured.
   *
   * @throws UncheckedIOException if reading the object's body fails midway
   */
  public VerificationResult verify(UploadedObject uploaded) {
    return verify(uploaded, bytes -> {});
  }

  /**
   * As {@link #verify(UploadedObject)}, reporting the bytes re-hashed so far to {@code progress}
   * now and then while it reads, e.g. to heartbeat.
   */
  public VerificationResult verify(UploadedObject uploaded, LongConsumer progress) {
    HeadObjectResponse head;
    try {
      head = s3.headObject(request -> request.bucket(uploaded.bucket()).key(uploaded.key()));
    } catch (S3Exception e) {
      if (e instanceof NoSuchKeyException || e.statusCode() == NOT_FOUND) {
        return missing(uploaded);
      }
      throw e;
    }
    List<VerificationResult.Discrepancy> found = new ArrayList<>();
    long storedSize = head.contentLength();
    if (storedSize != uploaded.size()) {
      found.add(
          new VerificationResult.Discrepancy(
              storedSize < uploaded.size()
                  ? VerificationResult.Kind.TRUNCATED
                  : VerificationResult.Kind.OVERSIZED,
              Long.toString(uploaded.size()),
              Long.toString(storedSize)));
    }
    if (!unquoted(head.eTag()).equals(unquoted(uploaded.eTag()))) {
      found.add(
          new VerificationResult.Discrepancy(
              VerificationResult.Kind.ETAG, uploaded.eTag(), String.valueOf(head.eTag())));
    }
    String storedSha256;
    try (ResponseInputStream<GetObjectResponse> body =
        s3.getObject(request -> request.bucket(uploaded.bucket()).key(uploaded.key()))) {
      storedSha256 = Sha256.of(body, progress).sha256();
    } catch (NoSuchKeyException e) {
      return missing(uploaded);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + uploaded.key() + " for verification failed", e);
    }
    if (!storedSha256.equals(uploaded.sha256())) {
      found.add(
          new VerificationResult.Discrepancy(
              VerificationResult.Kind.SHA256, uploaded.sha256(), storedSha256));
    }
    return new VerificationResult(found);
  }

  private static VerificationResult missing(UploadedObject uploaded) {
    return new VerificationResult(
        List.of(
            new VerificationResult.Discrepancy(
                VerificationResult.Kind.MISSING, uploaded.key(), "none")));
  }

  /** ETags travel quoted, but not every server quotes them in every response. */
  private static String unquoted(String eTag) {
    String value = eTag == null ? "" : eTag;
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }
}
