package org.baoflow.activities.bao;

import java.util.Map;

/**
 * KV version 2 under {@code <mount>/data/<path>} and {@code <mount>/metadata/<path>}: versioned
 * writes (optionally check-and-set), reads of the latest or a given version, metadata, deletes.
 */
public final class KvClient {

  private final BaoConnection connection;

  public KvClient(BaoConnection connection) {
    this.connection = connection;
  }

  /** {@code POST <mount>/data/<path>}: writes a new version and returns its metadata. */
  public KvVersion write(
      BaoTokenHolder tokens, String mount, String path, Map<String, Object> data) {
    return write(tokens, mount, path, KvWrite.unchecked(data));
  }

  /**
   * {@code POST <mount>/data/<path>} with {@code options.cas}: the write succeeds only if the
   * current version is {@code expectedVersion} ({@code 0}: the secret must not exist yet); a
   * mismatch is a {@link BaoBadRequestException} carrying the server's message.
   */
  public KvVersion writeIfVersion(
      BaoTokenHolder tokens,
      String mount,
      String path,
      Map<String, Object> data,
      long expectedVersion) {
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("a check-and-set version is 0 or more");
    }
    return write(tokens, mount, path, KvWrite.checkAndSet(data, expectedVersion));
  }

  /** {@code GET <mount>/data/<path>}: the latest version; {@link BaoNotFoundException} if none. */
  public KvSecret read(BaoTokenHolder tokens, String mount, String path) {
    return readData(BaoRequest.get(dataPath(mount, path), tokens.token()));
  }

  /** {@code GET <mount>/data/<path>?version=N}; {@link BaoNotFoundException} if it is gone. */
  public KvSecret read(BaoTokenHolder tokens, String mount, String path, long version) {
    if (version < 1) {
      throw new IllegalArgumentException("KV versions start at 1");
    }
    return readData(
        BaoRequest.get(dataPath(mount, path), tokens.token()).withQuery("version=" + version));
  }

  /** {@code GET <mount>/metadata/<path>}: the versions and settings, no values. */
  public KvMetadata metadata(BaoTokenHolder tokens, String mount, String path) {
    Envelope<KvMetadata> envelope =
        connection.call(
            BaoRequest.get(metadataPath(mount, path), tokens.token()),
            BaoJson.envelopeOf(KvMetadata.class));
    return envelope == null ? null : envelope.data();
  }

  /** {@code DELETE <mount>/data/<path>}: soft-deletes the latest version (metadata keeps it). */
  public void delete(BaoTokenHolder tokens, String mount, String path) {
    connection.write(BaoRequest.write("DELETE", dataPath(mount, path), tokens.token(), null));
  }

  /** {@code DELETE <mount>/metadata/<path>}: removes every version and the metadata for good. */
  public void deleteAllVersions(BaoTokenHolder tokens, String mount, String path) {
    connection.write(BaoRequest.write("DELETE", metadataPath(mount, path), tokens.token(), null));
  }

  private KvVersion write(BaoTokenHolder tokens, String mount, String path, KvWrite body) {
    Envelope<KvVersion> envelope =
        connection.call(
            BaoRequest.write("POST", dataPath(mount, path), tokens.token(), BaoJson.body(body)),
            BaoJson.envelopeOf(KvVersion.class));
    return envelope == null ? null : envelope.data();
  }

  private KvSecret readData(BaoRequest request) {
    Envelope<KvSecret> envelope = connection.call(request, BaoJson.envelopeOf(KvSecret.class));
    return envelope == null ? null : envelope.data();
  }

  private static String dataPath(String mount, String path) {
    return "/v1/" + BaoPaths.segments(mount) + "/data/" + BaoPaths.segments(path);
  }

  private static String metadataPath(String mount, String path) {
    return "/v1/" + BaoPaths.segments(mount) + "/metadata/" + BaoPaths.segments(path);
  }
}
