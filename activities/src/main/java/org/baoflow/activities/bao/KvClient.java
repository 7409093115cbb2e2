package org.baoflow.activities.bao;

import java.util.Map;

/** KV version 2 reads and writes under {@code <mount>/data/<path>} (test data, demo secrets). */
public final class KvClient {

  private final BaoConnection connection;

  public KvClient(BaoConnection connection) {
    this.connection = connection;
  }

  /** {@code POST <mount>/data/<path>}: writes a new version and returns its metadata. */
  public KvVersion write(
      BaoTokenHolder tokens, String mount, String path, Map<String, Object> data) {
    Envelope<KvVersion> envelope =
        connection.call(
            BaoRequest.write(
                "POST", dataPath(mount, path), tokens.token(), BaoJson.body(new KvWrite(data))),
            BaoJson.envelopeOf(KvVersion.class));
    return envelope == null ? null : envelope.data();
  }

  /** {@code GET <mount>/data/<path>}: the latest version; {@link BaoNotFoundException} if none. */
  public KvSecret read(BaoTokenHolder tokens, String mount, String path) {
    Envelope<KvSecret> envelope =
        connection.call(
            BaoRequest.get(dataPath(mount, path), tokens.token()),
            BaoJson.envelopeOf(KvSecret.class));
    return envelope == null ? null : envelope.data();
  }

  private static String dataPath(String mount, String path) {
    return "/v1/" + BaoPaths.segments(mount) + "/data/" + BaoPaths.segments(path);
  }
}
