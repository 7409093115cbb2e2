package org.baoflow.activities.bao;

import java.util.List;
import java.util.Map;

/**
 * Auth methods and tokens: enabling and listing methods ({@code sys/auth}), JWT, Kubernetes and
 * userpass logins, and the caller's own token ({@code lookup-self}, {@code revoke-self}). The
 * methods' own settings are {@link JwtAuthClient} and {@link KubernetesAuthClient}.
 */
public final class AuthClient {

  private final BaoConnection connection;

  public AuthClient(BaoConnection connection) {
    this.connection = connection;
  }

  /** {@code POST sys/auth/:path} (needs sudo); 400 if the path is in use. */
  public void enable(BaoTokenHolder tokens, String path, EnableAuthRequest request) {
    connection.write(
        BaoRequest.write(
            "POST",
            "/v1/sys/auth/" + BaoPaths.segments(path),
            tokens.token(),
            BaoJson.body(request)));
  }

  /**
   * {@code GET sys/auth}: the enabled methods keyed by path with a trailing slash ({@code
   * "token/"}, {@code "jwt/"}), read from {@code data} or from the top level, where OpenBao copies
   * them too.
   */
  public Map<String, MountInfo> list(BaoTokenHolder tokens) {
    Map<String, MountInfo> methods =
        connection.callData(BaoRequest.get("/v1/sys/auth", tokens.token()), MountClient.MOUNTS);
    return methods == null ? Map.of() : methods;
  }

  /** {@code DELETE sys/auth/:path} (needs sudo): disables the method and its roles. */
  public void disable(BaoTokenHolder tokens, String path) {
    connection.write(
        BaoRequest.write(
            "DELETE", "/v1/sys/auth/" + BaoPaths.segments(path), tokens.token(), null));
  }

  /** {@code POST auth/<mount>/login} of the JWT method, unauthenticated. */
  public AuthInfo jwtLogin(String mount, String role, String jwt) {
    return login(mount, "login", new LoginRequest(role, jwt));
  }

  /** {@code POST auth/<mount>/login} of the Kubernetes method with a service-account token. */
  public AuthInfo kubernetesLogin(String mount, String role, String jwt) {
    return login(mount, "login", new LoginRequest(role, jwt));
  }

  /** {@code POST auth/<mount>/login/:username} of the userpass method. */
  public AuthInfo userpassLogin(String mount, String username, String password) {
    return login(mount, "login/" + BaoPaths.segment(username), new PasswordLogin(password));
  }

  /** {@code GET auth/token/lookup-self}; 403 for a missing or invalid token. */
  public TokenLookup lookupSelf(BaoTokenHolder tokens) {
    Envelope<TokenLookup> envelope =
        connection.call(
            BaoRequest.get("/v1/auth/token/lookup-self", tokens.token()),
            BaoJson.envelopeOf(TokenLookup.class));
    return envelope == null ? null : envelope.data();
  }

  /** {@code POST auth/token/revoke-self}: the token stops working. */
  public void revokeSelf(BaoTokenHolder tokens) {
    connection.write(BaoRequest.write("POST", "/v1/auth/token/revoke-self", tokens.token(), null));
  }

  private AuthInfo login(String mount, String endpoint, Object body) {
    Envelope<Object> envelope =
        connection.call(
            BaoRequest.write(
                "POST",
                "/v1/auth/" + BaoPaths.segments(mount) + "/" + endpoint,
                null,
                BaoJson.body(body)),
            BaoJson.envelopeOf(Object.class));
    if (envelope == null || envelope.auth() == null) {
      throw new BaoServerException(
          "POST /v1/auth/" + mount + "/login", 200, List.of("the answer has no auth"));
    }
    return envelope.auth();
  }
}
