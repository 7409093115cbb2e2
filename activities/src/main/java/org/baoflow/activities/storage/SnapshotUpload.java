package org.baoflow.activities.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Streams an input of unknown length into one S3 object in constant memory, measuring its size and
 * SHA-256 in the same single pass.
 *
 * <p>The calling thread reads the stream part by part into buffers from a {@link PartBufferPool} of
 * {@code concurrency + 1} buffers; up to {@code concurrency} threads send full parts while the next
 * one fills, and a sent part's buffer goes back to the pool. An input shorter than one part is
 * stored with a single PutObject (a multipart upload would add two requests and nothing else).
 * Before writing, every open multipart upload of the same key is aborted, so a retry after a killed
 * attempt leaves none behind; if this upload fails, it aborts its own.
 *
 * <p>One instance may serve several uploads; uploads running at the same time share its buffers.
 */
public final class SnapshotUpload {

  private static final String CONTENT_TYPE = "application/octet-stream";
  private static final long SENDER_STOP_SECONDS = 60;

  private final S3Client s3;
  private final MultipartSettings settings;
  private final PartBufferPool buffers;

  /** An uploader with its own buffer pool sized by {@code settings}. */
  public SnapshotUpload(S3Client s3, MultipartSettings settings) {
    this.s3 = Objects.requireNonNull(s3, "s3");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.buffers = PartBufferPool.forSettings(settings);
  }

  /** The part buffers, to observe that memory stays bounded. */
  public PartBufferPool buffers() {
    return buffers;
  }

  /**
   * Writes {@code source} (read to its end, not closed) to {@code bucket/key}.
   *
   * @param progress called on this thread after each stored part with the bytes stored so far, e.g.
   *     to heartbeat
   * @throws IOException if reading the source fails; the upload is then aborted
   * @throws InterruptedException if this thread is interrupted; the upload is then aborted
   */
  public UploadedObject upload(String bucket, String key, InputStream source, LongConsumer progress)
      throws IOException, InterruptedException {
    OpenUploads.abortAll(s3, bucket, key);
    MessageDigest digest = Sha256.newDigest();
    byte[] first = buffers.acquire();
    int length;
    try {
      length = fill(source, first, digest);
    } catch (IOException | RuntimeException e) {
      buffers.release(first);
      throw e;
    }
    if (length < settings.partSize()) {
      return putSingle(bucket, key, first, length, digest, progress);
    }
    return new Multipart(bucket, key, digest, progress).run(source, first);
  }

  private UploadedObject putSingle(
      String bucket,
      String key,
      byte[] buffer,
      int length,
      MessageDigest digest,
      LongConsumer progress) {
    String eTag;
    try {
      eTag =
          s3.putObject(
                  request -> request.bucket(bucket).key(key).contentType(CONTENT_TYPE),
                  body(buffer, length))
              .eTag();
    } finally {
      buffers.release(buffer);
    }
    progress.accept(length);
    return new UploadedObject(bucket, key, length, Sha256.hex(digest), eTag);
  }

  /** Reads until the buffer is full or the stream ends; hashes what it read. */
  private static int fill(InputStream source, byte[] buffer, MessageDigest digest)
      throws IOException {
    int length = source.readNBytes(buffer, 0, buffer.length);
    digest.update(buffer, 0, length);
    return length;
  }

  /** A body over the buffer itself: the SDK re-reads it on a retry and never copies it. */
  private static RequestBody body(byte[] buffer, int length) {
    return RequestBody.fromContentProvider(
        () -> new ByteArrayInputStream(buffer, 0, length), length, CONTENT_TYPE);
  }

  private record SentPart(CompletedPart part, int length) {}

  /** One multipart upload: create, send parts in parallel, complete, or abort on any failure. */
  private final class Multipart {
    private final String bucket;
    private final String key;
    private final MessageDigest digest;
    private final LongConsumer progress;
    private final List<CompletedPart> completed = new ArrayList<>();
    // Buffers handed to senders and not yet returned: a part still queued when the upload fails
    // never runs, so its buffer is returned from here instead.
    private final Set<byte[]> unreturned = Collections.newSetFromMap(new IdentityHashMap<>());
    private long sentBytes;
    private long readBytes;

    Multipart(String bucket, String key, MessageDigest digest, LongConsumer progress) {
      this.bucket = bucket;
      this.key = key;
      this.digest = digest;
      this.progress = progress;
    }

    UploadedObject run(InputStream source, byte[] first) throws IOException, InterruptedException {
      String uploadId;
      try {
        uploadId =
            s3.createMultipartUpload(
                    request -> request.bucket(bucket).key(key).contentType(CONTENT_TYPE))
                .uploadId();
      } catch (RuntimeException e) {
        buffers.release(first);
        throw e;
      }
      ExecutorService senders =
          Executors.newFixedThreadPool(settings.concurrency(), senderThreads(key));
      try {
        sendParts(uploadId, source, first, new ExecutorCompletionService<>(senders));
        completed.sort(Comparator.comparing(CompletedPart::partNumber));
        String eTag =
            s3.completeMultipartUpload(
                    request ->
                        request
                            .bucket(bucket)
                            .key(key)
                            .uploadId(uploadId)
                            .multipartUpload(upload -> upload.parts(completed)))
                .eTag();
        return new UploadedObject(bucket, key, readBytes, Sha256.hex(digest), eTag);
      } catch (IOException | InterruptedException | RuntimeException | Error e) {
        boolean interrupted = stop(senders);
        abort(uploadId, e);
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
        throw e;
      } finally {
        senders.shutdownNow();
      }
    }

    private void sendParts(
        String uploadId, InputStream source, byte[] first, CompletionService<SentPart> sending)
        throws IOException, InterruptedException {
      byte[] buffer = first;
      int length = settings.partSize();
      int submitted = 0;
      while (true) {
        if (submitted == MultipartSettings.MAX_PARTS) {
          buffers.release(buffer);
          throw new IllegalStateException(
              "the snapshot exceeds "
                  + MultipartSettings.MAX_PARTS
                  + " parts of "
                  + settings.partSize()
                  + " bytes; configure a larger part size");
        }
        submitted++;
        readBytes += length;
        synchronized (unreturned) {
          unreturned.add(buffer);
        }
        sending.submit(sendTask(uploadId, submitted, buffer, length));
        for (Future<SentPart> done = sending.poll(); done != null; done = sending.poll()) {
          record(done);
        }
        if (length < settings.partSize()) {
          break;
        }
        buffer = buffers.acquire();
        try {
          length = fill(source, buffer, digest);
        } catch (IOException | RuntimeException e) {
          buffers.release(buffer);
          throw e;
        }
        if (length == 0) {
          buffers.release(buffer);
          break;
        }
      }
      while (completed.size() < submitted) {
        record(sending.take());
      }
    }

    private Callable<SentPart> sendTask(
        String uploadId, int partNumber, byte[] buffer, int length) {
      return () -> {
        try {
          String eTag =
              s3.uploadPart(
                      request ->
                          request
                              .bucket(bucket)
                              .key(key)
                              .uploadId(uploadId)
                              .partNumber(partNumber)
                              .contentLength((long) length),
                      body(buffer, length))
                  .eTag();
          return new SentPart(
              CompletedPart.builder().partNumber(partNumber).eTag(eTag).build(), length);
        } finally {
          returnBuffer(buffer);
        }
      };
    }

    private void returnBuffer(byte[] buffer) {
      boolean taken;
      synchronized (unreturned) {
        taken = unreturned.remove(buffer);
      }
      if (taken) {
        buffers.release(buffer);
      }
    }

    private void returnUnsentBuffers() {
      List<byte[]> unsent;
      synchronized (unreturned) {
        unsent = List.copyOf(unreturned);
      }
      unsent.forEach(this::returnBuffer);
    }

    private void record(Future<SentPart> done) throws InterruptedException {
      SentPart sent;
      try {
        sent = done.get();
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException("sending a part failed", cause);
      }
      completed.add(sent.part());
      sentBytes += sent.length();
      progress.accept(sentBytes);
    }

    /**
     * Waits for parts still being sent, so none lands after the abort, then takes back the buffers
     * of parts that never ran. A buffer a sender may still read stays out of the pool.
     *
     * @return whether this thread was interrupted while waiting; the caller restores the flag after
     *     the abort request, which the flag would cancel
     */
    private boolean stop(ExecutorService senders) {
      senders.shutdownNow();
      try {
        if (senders.awaitTermination(SENDER_STOP_SECONDS, TimeUnit.SECONDS)) {
          returnUnsentBuffers();
        }
        return false;
      } catch (InterruptedException e) {
        return true;
      }
    }

    private void abort(String uploadId, Throwable failure) {
      try {
        s3.abortMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(uploadId));
      } catch (RuntimeException e) {
        // The next attempt's abortAll removes it; the original failure is what matters.
        failure.addSuppressed(e);
      }
    }
  }

  private static ThreadFactory senderThreads(String key) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "s3-part-" + count.incrementAndGet() + " " + key);
      thread.setDaemon(true);
      return thread;
    };
  }
}
