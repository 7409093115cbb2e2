/**
 * Backups in S3-compatible object storage: the client for a target, streaming a snapshot into a
 * multipart upload, verifying the stored object, and listing and deleting one cluster's objects.
 *
 * <p>How it works: {@link org.baoflow.activities.storage.S3ClientFactory} builds a synchronous
 * client from an {@link org.baoflow.activities.storage.S3Target} (endpoint, region, path-style, an
 * optional CA trusted alone) and an {@link org.baoflow.activities.storage.S3AccessKey} the caller
 * read from a Secret; the secret never appears in {@code toString()}, logs or messages. {@link
 * org.baoflow.activities.storage.SnapshotUpload} first aborts every open multipart upload of the
 * key (a retry leaves none behind), then reads the stream once into at most {@code concurrency + 1}
 * part buffers, hashing as it reads, sends up to {@code concurrency} parts at a time, reports the
 * bytes stored after each part (to heartbeat), completes the upload, and aborts it on any failure;
 * an input shorter than one part becomes a single PutObject. {@link
 * org.baoflow.activities.storage.ObjectVerification} then compares HEAD size and ETag with the
 * upload's and re-hashes a streaming GET, naming what differs. {@link
 * org.baoflow.activities.storage.PrefixedObjects} lists and deletes only under a prefix ending in
 * {@code /}, for retention and DeleteAll.
 */
package org.baoflow.activities.storage;
