package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Envelope;
import org.baoflow.lane.sim.bao.logical.Json;

/**
 * {@code sys/auth}: the enabled auth methods, with the built-in {@code token/} mount. Methods are
 * built by type through the given factory.
 */
final class AuthMounts {

  private final Function<String, Optional<AuthMethod>> methodsByType;
  private final Map<String, AuthMount> mounts = new TreeMap<>();

  AuthMounts(Function<String, Optional<AuthMethod>> methodsByType) {
    this.methodsByType = methodsByType;
    mounts.put("token/", mount("token/", "token", "token based credentials", null));
  }

  /** {@code POST sys/auth/:path}. */
  synchronized BaoResponse enable(String rawPath, ObjectNode data) {
    String path = rawPath.endsWith("/") ? rawPath : rawPath + "/";
    String type = Json.text(data, "type");
    if (type.isEmpty()) {
      return BaoResponse.badRequest("backend type must be specified as a string");
    }
    if (mounts.containsKey(path)) {
      return BaoResponse.badRequest("path is already in use at " + path);
    }
    for (String existing : mounts.keySet()) {
      if (path.startsWith(existing) || existing.startsWith(path)) {
        return BaoResponse.badRequest("existing mount at " + existing);
      }
    }
    Optional<AuthMethod> method = methodsByType.apply(type);
    if (method.isEmpty()) {
      return BaoResponse.badRequest("plugin not found in the catalog: " + type);
    }
    mounts.put(path, mount(path, type, Json.text(data, "description"), method.get()));
    return BaoResponse.noContent();
  }

  /** {@code GET sys/auth/:path}: the mount info, also copied to the top level. */
  synchronized BaoResponse read(String rawPath) {
    AuthMount mount = mounts.get(rawPath.endsWith("/") ? rawPath : rawPath + "/");
    return mount == null
        ? BaoResponse.badRequest("No auth engine at " + rawPath)
        : Envelope.dataAlsoAtTop(mount.info());
  }

  /** {@code DELETE sys/auth/:path}. */
  synchronized BaoResponse disable(String rawPath) {
    String path = rawPath.endsWith("/") ? rawPath : rawPath + "/";
    if (path.equals("token/")) {
      return BaoResponse.badRequest("token credential backend cannot be disabled");
    }
    mounts.remove(path);
    return BaoResponse.noContent();
  }

  /** {@code GET sys/auth}: every mount keyed by path, also copied to the top level. */
  synchronized BaoResponse list() {
    ObjectNode data = Json.object();
    mounts.forEach((path, mount) -> data.set(path, mount.info()));
    return Envelope.dataAlsoAtTop(data);
  }

  /** The mount serving {@code auth/<rest>}: the one whose path is the longest prefix. */
  synchronized Optional<AuthMount> route(String rest) {
    return mounts.values().stream()
        .filter(mount -> (rest + "/").startsWith(mount.path()))
        .max((a, b) -> Integer.compare(a.path().length(), b.path().length()));
  }

  private static AuthMount mount(String path, String type, String description, AuthMethod method) {
    return new AuthMount(
        path,
        type,
        description,
        "auth_"
            + type
            + "_"
            + HexFormat.of()
                .toHexDigits(UUID.randomUUID().getLeastSignificantBits())
                .substring(0, 8),
        UUID.randomUUID().toString(),
        method);
  }
}
