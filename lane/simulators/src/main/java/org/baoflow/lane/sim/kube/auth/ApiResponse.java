package org.baoflow.lane.sim.kube.auth;

/**
 * What an {@link ApiHandler} answers: the dispatcher writes it as the HTTP response unchanged.
 *
 * @param status the HTTP status code
 * @param contentType the {@code Content-Type} header value
 * @param body the JSON body
 */
public record ApiResponse(int status, String contentType, String body) {

  static final String JSON = "application/json";

  /** The media type the API server gives {@code /openid/v1/jwks}. */
  static final String JWK_SET = "application/jwk-set+json";

  @Override
  public String toString() {
    // A TokenRequest answer carries a token, so the body stays out of any log line.
    return "ApiResponse[" + status + " " + contentType + "]";
  }
}
