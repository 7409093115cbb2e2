package org.baoflow.activities.bao;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Seal and lifecycle endpoints: {@code sys/init}, {@code sys/seal-status}, {@code sys/unseal},
 * {@code sys/seal}, {@code sys/health}, {@code sys/leader}, {@code sys/ha-status} and {@code
 * sys/step-down}. All but {@code ha-status} are root-namespace APIs.
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
   * @throws BaoResponseException for any other answer with an {@code errors} body
   */
  public HealthResult health(HealthQuery query) {
    BaoRequest request = BaoRequest.get("/v1/sys/health", null).withQuery(query.toQueryString());
    BaoResponse response = connection.exchange(request);
    JsonNode tree = tree(response.body());
    if (tree != null && tree.has("errors")) {
      throw BaoErrors.toException(request.describe(), response.status(), response.body());
    }
    if (tree == null) {
      // A 204 chosen through the query codes carries no body (Go drops it).
      if (response.body().length == 0) {
        return new HealthResult(response.status(), null);
      }
      throw BaoErrors.toException(request.describe(), response.status(), response.body());
    }
    try {
      return new HealthResult(
          response.status(), BaoJson.MAPPER.treeToValue(tree, HealthResponse.class));
    } catch (IOException e) {
      throw new BaoConnectionException(
          request.describe() + " answered " + response.status() + " with an unreadable body", e);
    }
  }

  /**
   * {@code HEAD sys/health}: only the status code {@code query} chooses (no body is sent), for
   * probes that need the node state and nothing else. Never throws for a non-2xx code; a 400 means
   * the server rejected the query.
   */
  public int healthStatus(HealthQuery query) {
    return connection
        .exchange(BaoRequest.head("/v1/sys/health").withQuery(query.toQueryString()))
        .status();
  }

  /** {@code PUT sys/seal} (needs sudo): the node seals and leaves the raft until unsealed. */
  public void seal(BaoTokenHolder tokens) {
    connection.write(BaoRequest.write("PUT", "/v1/sys/seal", tokens.token(), null));
  }

  /** {@code GET sys/ha-status}: the nodes of the HA cluster, from {@code data} or the top level. */
  public HaStatus haStatus(BaoTokenHolder tokens) {
    return connection.callData(
        BaoRequest.get("/v1/sys/ha-status", tokens.token()), BaoJson.type(HaStatus.class));
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

  /** The JSON tree of a body, or null for an empty or non-JSON body. */
  private static JsonNode tree(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      JsonNode tree = BaoJson.MAPPER.readTree(body);
      return tree != null && tree.isObject() ? tree : null;
    } catch (IOException e) {
      return null;
    }
  }
}
