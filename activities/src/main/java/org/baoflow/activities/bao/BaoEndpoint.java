package org.baoflow.activities.bao;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where to connect and whom to expect there: {@code address} is the HTTPS base URI the socket goes
 * to (in Kubernetes {@code https://dev-0.dev.openbao.svc:8200}, in the lane {@code
 * https://127.0.0.1:<port>}), {@code serverName} the DNS name the server certificate must carry and
 * the name sent as SNI.
 *
 * @param address scheme {@code https}, host and port, no path
 * @param serverName the pod's DNS name, e.g. {@code dev-0.dev.openbao.svc} (not an IP literal)
 */
public record BaoEndpoint(URI address, String serverName) {

  public BaoEndpoint {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(serverName, "serverName");
    if (!"https".equalsIgnoreCase(address.getScheme()) || address.getHost() == null) {
      throw new IllegalArgumentException("an OpenBao address must be https://host[:port]");
    }
    String path = address.getRawPath();
    if ((path != null && !path.isEmpty() && !path.equals("/"))
        || address.getRawQuery() != null
        || address.getRawUserInfo() != null
        || address.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "an OpenBao address carries no user info, path, query or fragment");
    }
    if (serverName.isBlank()) {
      throw new IllegalArgumentException("the expected server name must not be blank");
    }
    serverName = serverName.trim().toLowerCase(Locale.ROOT);
    if (serverName.contains(":") || serverName.matches("[0-9.]+")) {
      // SNI carries host names only, and pods are verified by their DNS names.
      throw new IllegalArgumentException("the expected server name must be a DNS name");
    }
  }

  /** The endpoint of a URI as Kubernetes DNS resolves it: connect to its host, expect its host. */
  public static BaoEndpoint direct(URI uri) {
    return new BaoEndpoint(origin(uri), uri.getHost());
  }

  /** {@code scheme://host[:port]} of a URI, without path, query or fragment. */
  static URI origin(URI uri) {
    return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
  }

  /**
   * The absolute URI of an API path under this endpoint; {@code pathAndQuery} starts with {@code
   * /v1/}.
   */
  URI resolve(String pathAndQuery) {
    return URI.create(origin(address) + pathAndQuery);
  }
}
