package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Fetches a JSON document by URL: OIDC discovery documents and JWKS. The lane routes the URL to the
 * right cluster's issuer; no real network is involved.
 */
@FunctionalInterface
public interface JsonFetcher {

  /**
   * Fetches over HTTPS, trusting {@code caPem} (PEM certificates), or the JVM's trust store when it
   * is empty, and verifying the URL's host name against the server certificate.
   *
   * @throws IOException when the URL cannot be reached, the certificate is not trusted or the
   *     answer is no JSON
   */
  JsonNode fetch(String url, String caPem) throws IOException;
}
