package org.baoflow.lane.sim.s3;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * The lane's RustFS: an S3 endpoint served in-process by S3Proxy on a loopback port. Clients
 * address it path-style with the per-lane {@link #credentials()} (AWS signature V2 or V4). The
 * store is on the heap ({@link #inMemory()}) or in a temporary directory for large data ({@link
 * #onFilesystem()}), which {@link #close()} deletes. {@link #faults()} makes the next requests
 * fail.
 */
public final class RustFsSimulator implements AutoCloseable {

  private final S3Proxy proxy;
  private final BlobStore blobStore;
  private final S3Credentials credentials;
  private final S3FaultInjector faults;
  private final Optional<Path> storeDirectory;

  private RustFsSimulator(
      S3Proxy proxy,
      BlobStore blobStore,
      S3Credentials credentials,
      S3FaultInjector faults,
      Optional<Path> storeDirectory) {
    this.proxy = proxy;
    this.blobStore = blobStore;
    this.credentials = credentials;
    this.faults = faults;
    this.storeDirectory = storeDirectory;
  }

  /** Starts an endpoint whose objects live on the heap: the default for tests. */
  public static RustFsSimulator inMemory() {
    return start(new TransientNio2BlobStore(), Optional.empty());
  }

  /**
   * Starts an endpoint whose objects live in a new temporary directory, for data too large for the
   * heap.
   */
  public static RustFsSimulator onFilesystem() {
    Path directory;
    try {
      directory = Files.createTempDirectory("lane-rustfs-");
    } catch (IOException e) {
      throw new IllegalStateException("cannot create the S3 store directory", e);
    }
    return start(new FilesystemNio2BlobStore(directory.toString()), Optional.of(directory));
  }

  private static RustFsSimulator start(BlobStore blobStore, Optional<Path> storeDirectory) {
    S3Credentials credentials = S3Credentials.generate();
    S3FaultInjector faults = new S3FaultInjector();
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(blobStore)
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(
                AuthenticationType.AWS_V2_OR_V4,
                credentials.accessKeyId(),
                credentials.secretAccessKey())
            // The SDK's multipart client sends x-amz-mp-object-size, which S3Proxy otherwise
            // refuses with 501.
            .ignoreUnknownHeaders(true)
            .build();
    proxy.setBlobStoreLocator(new FaultInjectingLocator(credentials, blobStore, faults));
    try {
      proxy.start();
    } catch (Exception e) {
      throw new IllegalStateException("S3Proxy did not start", e);
    }
    return new RustFsSimulator(proxy, blobStore, credentials, faults, storeDirectory);
  }

  /**
   * The endpoint to give an S3 client (use path-style addressing), e.g. {@code
   * http://127.0.0.1:41234}.
   */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  /** The only key pair this endpoint accepts. */
  public S3Credentials credentials() {
    return credentials;
  }

  /** The directory holding the objects, for an endpoint started {@link #onFilesystem()}. */
  public Optional<Path> storeDirectory() {
    return storeDirectory;
  }

  /** Creates a bucket directly in the store (no request, so pending faults are untouched). */
  public void createBucket(String name) {
    blobStore.createContainer(name);
  }

  /** Whether a bucket exists in the store. */
  public boolean bucketExists(String name) {
    return blobStore.containerExists(name);
  }

  /** The switch for failing the next requests. */
  public S3FaultInjector faults() {
    return faults;
  }

  /** Stops the server and, for a filesystem store, deletes its directory. */
  @Override
  public void close() {
    try {
      proxy.stop();
    } catch (Exception e) {
      throw new IllegalStateException("S3Proxy did not stop", e);
    } finally {
      blobStore.close();
      storeDirectory.ifPresent(RustFsSimulator::deleteTree);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot delete the S3 store directory " + root, e);
    }
  }
}
