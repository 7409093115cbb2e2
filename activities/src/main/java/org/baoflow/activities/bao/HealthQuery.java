package org.baoflow.activities.bao;

import java.util.ArrayList;
import java.util.List;

/**
 * Query parameters of {@code sys/health}; null means the server default (200 active, 429 standby,
 * 503 sealed, 501 uninitialized, standbys not ok).
 *
 * @param standbyok a standby answers {@code activecode}
 * @param activecode code for an active node
 * @param standbycode code for a standby
 * @param sealedcode code for a sealed node
 * @param uninitcode code for an uninitialized node
 */
public record HealthQuery(
    Boolean standbyok,
    Integer activecode,
    Integer standbycode,
    Integer sealedcode,
    Integer uninitcode) {

  /** The server's defaults: no parameters. */
  public static HealthQuery defaults() {
    return new HealthQuery(null, null, null, null, null);
  }

  /** The raw query string, or null when every parameter is the default. */
  String toQueryString() {
    List<String> parameters = new ArrayList<>();
    add(parameters, "standbyok", standbyok);
    add(parameters, "activecode", activecode);
    add(parameters, "standbycode", standbycode);
    add(parameters, "sealedcode", sealedcode);
    add(parameters, "uninitcode", uninitcode);
    return parameters.isEmpty() ? null : String.join("&", parameters);
  }

  private static void add(List<String> parameters, String name, Object value) {
    if (value != null) {
      parameters.add(name + "=" + value);
    }
  }
}
