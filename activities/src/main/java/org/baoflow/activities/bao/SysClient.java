package org.baoflow.activities.bao;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Seal and lifecycle endpoints: {@code sys/init}, {@code sys/seal-status}, {@code sys/unseal},
 * {@code sys/health}, {@code sys/leader} and {@code sys/step-down}. All are root-namespace APIs.
 */
public final class SysClient {

  private final BaoConnection connection;

  public SysClient(BaoConnection connection) {
    this.connection = connection;
  }

  /** {@code GET sys/init}: whether the node (its storage) is initialized. */
  public boolean initialized() {
    InitState state =
        connection.call(BaoRequest.get("/v1/sys/init", null), BaoJson.type(InitState.class));
    return state != null && state.initialized();
  }

  /** {@code PUT sys/init}. An auto-unseal node answers already unsealed. */
  public InitResponse init(InitRequest request) {
    return connection.call(
        BaoRequest.write("PUT", "/v1/sys/init", null, BaoJson.body(request)),
        BaoJson.type(InitResponse.class));
  }

  /** {@code GET sys/seal-status}. */
  public SealStatus sealStatus() {
    return connection.call(
        BaoRequest.get("/v1/sys/seal-status", null), BaoJson.type(SealStatus.class));
  }

  /** {@code PUT sys/unseal}: the seal status after the share (or the reset). */
  public SealStatus unseal(UnsealRequest request) {
    return connection.call(
        BaoRequest.write("PUT", "/v1/sys/unseal", null, BaoJson.body(request)),
        BaoJson.type(SealStatus.class));
  }

  /**
   * {@code GET sys/health}: the status code chosen by {@code query} with the body, for every code.
   *
   * @throws BaoBadRequestException when the server rejects the query (400 {@code {"errors":[]}})
   */
  public HealthResult health(HealthQuery query) {
    BaoRequest request = BaoRequest.get("/v1/sys/health", null).withQuery(query.toQueryString());
    BaoResponse response = connection.exchange(request);
    HealthResponse body = healthBody(response.body());
    if (body == null) {
      throw BaoErrors.toException(request.describe(), response.status(), response.body());
    }
    return new HealthResult(response.status(), body);
  }

  /** {@code GET sys/leader}. */
  public LeaderResponse leader() {
    return connection.call(
        BaoRequest.get("/v1/sys/leader", null), BaoJson.type(LeaderResponse.class));
  }

  /** {@code PUT sys/step-down}: the active node gives up leadership (needs sudo). */
  public void stepDown(BaoTokenHolder tokens) {
    connection.write(BaoRequest.write("PUT", "/v1/sys/step-down", tokens.token(), null));
  }

  /** The health body, or null for anything else (an error body has only {@code errors}). */
  private static HealthResponse healthBody(byte[] body) {
    try {
      JsonNode tree = body.length == 0 ? null : BaoJson.MAPPER.readTree(body);
      return tree == null || !tree.has("initialized")
          ? null
          : BaoJson.MAPPER.treeToValue(tree, HealthResponse.class);
    } catch (IOException e) {
      return null;
    }
  }
}
