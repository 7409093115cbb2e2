package org.baoflow.lane.sim.kube.auth;

import java.util.List;

/**
 * The outcome of reviewing a token, the {@code status} of a TokenReview.
 *
 * @param claims the verified claims when authenticated, otherwise {@code null}
 * @param audiences the token's audiences that the review asked for, when authenticated
 * @param error why the token was refused, otherwise {@code null}
 */
public record TokenReviewResult(TokenClaims claims, List<String> audiences, String error) {

  public TokenReviewResult {
    audiences = List.copyOf(audiences);
  }

  static TokenReviewResult authenticated(TokenClaims claims, List<String> audiences) {
    return new TokenReviewResult(claims, audiences, null);
  }

  /** Wraps the reason as the API server's union authenticator reports it. */
  static TokenReviewResult refused(String reason) {
    return new TokenReviewResult(null, List.of(), "[invalid bearer token, " + reason + "]");
  }

  public boolean authenticated() {
    return claims != null;
  }
}
