package org.baoflow.lane.sim.kube.auth;

import java.util.List;
import java.util.Optional;

/**
 * The API server's service-account token authenticator behind TokenReview, in Kubernetes' order:
 * issuer, signature, audiences, then lifetime and the account's continued existence.
 */
public final class TokenAuthenticator {

  private final ServiceAccountIssuer issuer;
  private final ServiceAccounts accounts;

  public TokenAuthenticator(ServiceAccountIssuer issuer, ServiceAccounts accounts) {
    this.issuer = issuer;
    this.accounts = accounts;
  }

  /**
   * Reviews a token.
   *
   * @param requestedAudiences the review's {@code spec.audiences}; empty means the API server's own
   *     audiences, so a token for another audience is refused there too, as in Kubernetes
   */
  public TokenReviewResult review(String token, List<String> requestedAudiences) {
    List<String> targets =
        requestedAudiences.isEmpty() ? issuer.apiAudiences() : requestedAudiences;
    try {
      TokenClaims claims = issuer.verify(token);
      List<String> granted = claims.audiences().stream().filter(targets::contains).toList();
      if (granted.isEmpty()) {
        return TokenReviewResult.refused(
            "token audiences "
                + GoQuoted.of(claims.audiences())
                + " is invalid for the target audiences "
                + GoQuoted.of(targets));
      }
      issuer.checkTime(claims);
      checkAccountExists(claims.serviceAccount());
      return TokenReviewResult.authenticated(claims, granted);
    } catch (InvalidTokenException e) {
      return TokenReviewResult.refused(e.getMessage());
    }
  }

  /** A deleted account, or one recreated under the same name, invalidates its tokens. */
  private void checkAccountExists(ServiceAccount account) throws InvalidTokenException {
    Optional<String> uid = accounts.uidOf(account.namespace(), account.name());
    if (uid.isEmpty()) {
      throw new InvalidTokenException(
          "service account " + account.namespace() + "/" + account.name() + " has been deleted");
    }
    if (!uid.get().equals(account.uid())) {
      throw new InvalidTokenException(
          "service account UID (" + uid.get() + ") does not match claim (" + account.uid() + ")");
    }
  }
}
