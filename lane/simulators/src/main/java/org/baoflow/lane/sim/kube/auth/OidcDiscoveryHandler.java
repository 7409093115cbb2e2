package org.baoflow.lane.sim.kube.auth;

import java.util.Optional;

/**
 * {@code GET /.well-known/openid-configuration} and {@code GET /openid/v1/jwks}: what OpenBao's JWT
 * auth reads (by {@code oidc_discovery_url} or {@code jwks_url}) to verify the lane's tokens.
 */
public final class OidcDiscoveryHandler implements ApiHandler {

  static final String DISCOVERY_PATH = "/.well-known/openid-configuration";
  static final String JWKS_PATH = "/openid/v1/jwks";

  private final ServiceAccountIssuer issuer;

  public OidcDiscoveryHandler(ServiceAccountIssuer issuer) {
    this.issuer = issuer;
  }

  @Override
  public Optional<ApiResponse> handle(ApiRequest request) {
    if (!"GET".equals(request.method())) {
      return Optional.empty();
    }
    return switch (request.pathOnly()) {
      case DISCOVERY_PATH ->
          Optional.of(
              new ApiResponse(200, ApiResponse.JSON, Json.write(issuer.discoveryDocument())));
      case JWKS_PATH ->
          Optional.of(new ApiResponse(200, ApiResponse.JWK_SET, Json.write(issuer.jwks())));
      default -> Optional.empty();
    };
  }
}
