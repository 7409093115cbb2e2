package org.baoflow.lane.sim.bao.auth;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.logical.Envelope;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;
import org.baoflow.lane.sim.kube.auth.TokenReviewResult;

/**
 * The auth logic of one simulated OpenBao node, independent of HTTP: tokens, ACL policies, auth
 * mounts and the JWT, Kubernetes and userpass methods.
 *
 * <p>All of it lives in the node's {@link LogicalStorage}, laid out as OpenBao lays it out ({@code
 * sys/token/id/<hash>}, {@code sys/policy/<name>}, {@code core/auth}, {@code auth/<mount
 * uuid>/...}), and is read on every request: a raft snapshot carries it, a restore replaces it, and
 * two instances over the same storage see each other's writes.
 *
 * <p>The node server calls {@link #handle} for every logical request; when it answers empty the
 * path is not an auth path, and the server calls {@link #authorize} before serving it itself.
 */
public final class BaoAuth {

  private static final String POLICIES = "sys/policies/acl";
  private static final String SYS_AUTH = "sys/auth";
  private static final Set<String> METHOD_TYPES = Set.of("jwt", "oidc", "kubernetes", "userpass");

  private final Clock clock;
  private final JsonFetcher fetcher;
  private final BiFunction<String, List<String>, TokenReviewResult> tokenReview;
  private final LogicalStorage storage;
  private final TokenStore tokens;
  private final PolicyStore policies;
  private final AuthMounts mounts;

  /**
   * @param clock the node's clock, for token expiry and JWT lifetimes
   * @param fetcher fetches OIDC discovery documents and JWKS for JWT auth
   * @param tokenReview the Kubernetes TokenReview for Kubernetes auth: token and audiences in, the
   *     review's outcome out (the lane passes {@code TokenAuthenticator::review})
   * @param storage the node's storage behind the barrier; nothing is read before the first request
   */
  public BaoAuth(
      Clock clock,
      JsonFetcher fetcher,
      BiFunction<String, List<String>, TokenReviewResult> tokenReview,
      LogicalStorage storage) {
    this.clock = clock;
    this.fetcher = fetcher;
    this.tokenReview = tokenReview;
    this.storage = storage;
    this.tokens = new TokenStore(clock, storage);
    this.policies = new PolicyStore(storage, clock);
    this.mounts = new AuthMounts(storage, METHOD_TYPES::contains);
  }

  public TokenStore tokens() {
    return tokens;
  }

  public PolicyStore policies() {
    return policies;
  }

  /**
   * Whether the token may perform the operation on a path this class does not serve (raft, seal,
   * KV...).
   *
   * @return the 403 {@code permission denied} answer, or empty when the request may proceed
   */
  public Optional<BaoResponse> authorize(String token, Capability operation, String path) {
    Optional<TokenEntry> entry = tokens.lookup(token);
    if (entry.isEmpty() || !policies.aclFor(entry.get().policies()).allows(operation, path)) {
      return Optional.of(BaoResponse.permissionDenied());
    }
    return Optional.empty();
  }

  /**
   * Serves the auth paths: {@code sys/auth}, {@code sys/auth/:path}, {@code sys/policies/acl},
   * {@code sys/policies/acl/:name} and everything under {@code auth/}. Authentication and ACL
   * checks are applied here; login paths need no token.
   *
   * @return the answer, or empty when the path is not one of these
   */
  public Optional<BaoResponse> handle(BaoRequest request) {
    String path = request.path();
    if (path.equals(SYS_AUTH) || path.startsWith(SYS_AUTH + "/")) {
      return Optional.of(checked(request, () -> sysAuth(request)));
    }
    if (path.equals(POLICIES) || path.startsWith(POLICIES + "/")) {
      return Optional.of(checked(request, () -> policy(request)));
    }
    if (path.startsWith("auth/")) {
      return Optional.of(authPath(request));
    }
    return Optional.empty();
  }

  private BaoResponse checked(BaoRequest request, Supplier<BaoResponse> action) {
    return authorize(request.token(), request.operation(), request.path()).orElseGet(action);
  }

  private BaoResponse sysAuth(BaoRequest request) {
    if (request.path().equals(SYS_AUTH)) {
      return request.operation() == Capability.READ ? mounts.list() : BaoResponse.unsupported();
    }
    String mountPath = request.path().substring(SYS_AUTH.length() + 1);
    return switch (request.operation()) {
      case READ -> mounts.read(mountPath);
      case CREATE, UPDATE -> mounts.enable(mountPath, request.data());
      case DELETE -> mounts.disable(mountPath);
      default -> BaoResponse.unsupported();
    };
  }

  private BaoResponse policy(BaoRequest request) {
    if (request.path().equals(POLICIES)) {
      return request.operation() == Capability.LIST ? policies.list() : BaoResponse.unsupported();
    }
    String name = request.path().substring(POLICIES.length() + 1);
    return switch (request.operation()) {
      case READ -> policies.read(name);
      case CREATE, UPDATE -> policies.write(name, request.data());
      case DELETE -> policies.delete(name);
      default -> BaoResponse.unsupported();
    };
  }

  private BaoResponse authPath(BaoRequest request) {
    String rest = request.path().substring("auth/".length());
    if (rest.equals("token/lookup-self") || rest.equals("token/revoke-self")) {
      return checked(request, () -> tokenSelf(request, rest));
    }
    Optional<AuthMount> mount = mounts.route(rest);
    Optional<AuthMethod> method = mount.flatMap(this::method);
    if (method.isEmpty()) {
      return checked(request, BaoResponse::notFound);
    }
    String subPath = rest.substring(Math.min(rest.length(), mount.get().path().length()));
    if (method.get().unauthenticated(subPath)) {
      return method.get().handle(request.operation(), subPath, request.data());
    }
    return checked(
        request, () -> method.get().handle(request.operation(), subPath, request.data()));
  }

  /**
   * The logic of a mount over its own storage view; the built-in {@code token/} mount has none, as
   * its paths are served here.
   */
  private Optional<AuthMethod> method(AuthMount mount) {
    LogicalStorage view = storage.under(mount.storagePrefix());
    Logins logins = new Logins(tokens, storage, mount);
    return switch (mount.type()) {
      case "jwt", "oidc" -> Optional.of(new JwtAuthMethod(fetcher, clock, view, logins));
      case "kubernetes" -> Optional.of(new KubernetesAuthMethod(tokenReview, view, logins));
      case "userpass" -> Optional.of(new UserpassAuthMethod(view, logins));
      default -> Optional.empty();
    };
  }

  private BaoResponse tokenSelf(BaoRequest request, String rest) {
    Optional<TokenEntry> self = tokens.lookup(request.token());
    if (self.isEmpty()) {
      // Expired between the ACL check and now.
      return BaoResponse.permissionDenied();
    }
    TokenEntry entry = self.get();
    if (rest.equals("token/revoke-self")) {
      if (request.operation() != Capability.UPDATE && request.operation() != Capability.CREATE) {
        return BaoResponse.unsupported();
      }
      tokens.revoke(entry.id());
      return BaoResponse.noContent();
    }
    return Envelope.data(tokens.lookupData(entry));
  }
}
