package org.baoflow.lane.sim.kube.auth;

import java.util.List;
import java.util.Optional;

/**
 * All service-account authentication endpoints of one lane cluster behind one {@link ApiHandler}:
 * TokenRequest, TokenReview, OIDC discovery and the JWKS.
 */
public final class ServiceAccountAuthApi implements ApiHandler {

  private final List<ApiHandler> handlers;

  public ServiceAccountAuthApi(ServiceAccountIssuer issuer, ServiceAccounts accounts) {
    this.handlers =
        List.of(
            new TokenRequestHandler(issuer, accounts),
            new TokenReviewHandler(new TokenAuthenticator(issuer, accounts)),
            new OidcDiscoveryHandler(issuer));
  }

  @Override
  public Optional<ApiResponse> handle(ApiRequest request) {
    for (ApiHandler handler : handlers) {
      Optional<ApiResponse> response = handler.handle(request);
      if (response.isPresent()) {
        return response;
      }
    }
    return Optional.empty();
  }
}
