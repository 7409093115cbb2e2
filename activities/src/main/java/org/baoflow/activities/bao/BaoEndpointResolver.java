package org.baoflow.activities.bao;

import java.net.URI;

/**
 * Maps a node's advertised URI (a 307 {@code Location}, an {@code api_addr}) to the endpoint to
 * connect to. In Kubernetes that is the URI itself; in the lane the pod's published loopback
 * address with the pod's DNS name as the expected server name.
 */
@FunctionalInterface
public interface BaoEndpointResolver {

  BaoEndpoint resolve(URI advertised);

  /** Connect where the URI points and expect its host name in the certificate. */
  static BaoEndpointResolver direct() {
    return BaoEndpoint::direct;
  }
}
