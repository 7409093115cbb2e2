package org.baoflow.activities.bao;

import com.fasterxml.jackson.databind.JavaType;
import java.util.LinkedHashMap;
import java.util.Map;

/** Secrets engines under {@code sys/mounts}: enabling one (a KV v2 store) and listing them. */
public final class MountClient {

  static final JavaType MOUNTS =
      BaoJson.MAPPER
          .getTypeFactory()
          .constructMapType(LinkedHashMap.class, String.class, MountInfo.class);

  private final BaoConnection connection;

  public MountClient(BaoConnection connection) {
    this.connection = connection;
  }

  /** {@code POST sys/mounts/:path}; 400 if the path is in use. */
  public void enable(BaoTokenHolder tokens, String path, EnableMountRequest request) {
    connection.write(
        BaoRequest.write(
            "POST",
            "/v1/sys/mounts/" + BaoPaths.segments(path),
            tokens.token(),
            BaoJson.body(request)));
  }

  /**
   * {@code GET sys/mounts}: the engines keyed by path with a trailing slash ({@code "secret/"}),
   * read from {@code data} or from the top level, where OpenBao copies them too.
   */
  public Map<String, MountInfo> list(BaoTokenHolder tokens) {
    Map<String, MountInfo> mounts =
        connection.callData(BaoRequest.get("/v1/sys/mounts", tokens.token()), MOUNTS);
    return mounts == null ? Map.of() : mounts;
  }
}
