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
   * @throws IOException when the URL cannot be reached or answers with no JSON
   */
  JsonNode fetch(String url) throws IOException;
}
