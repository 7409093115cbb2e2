package org.baoflow.api.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/** Object storage endpoint checks shared by backups and restores (same patterns as the CEL). */
final class Endpoints {
  private static final Pattern SERVICE_HTTP = Pattern.compile(Patterns.SERVICE_HTTP_ENDPOINT);
  private static final Pattern LOCAL_OR_IP = Pattern.compile(Patterns.LOCAL_OR_IP_ENDPOINT);

  private Endpoints() {}

  static boolean isHttps(String endpoint) {
    return endpoint.startsWith("https://");
  }

  static boolean isServiceHttp(String endpoint) {
    return SERVICE_HTTP.matcher(endpoint).find();
  }

  /** Whether the endpoint points at localhost or a numeric address (SSRF). */
  static boolean isLocalOrIp(String endpoint) {
    return LOCAL_OR_IP.matcher(endpoint.toLowerCase(Locale.ROOT)).find();
  }
}
