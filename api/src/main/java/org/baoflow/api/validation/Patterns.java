package org.baoflow.api.validation;

/**
 * Regular expressions shared by the CRD's CEL rules and the Java validator, so both judge a value
 * alike. They use only syntax that RE2 (Kubernetes, CEL-Java) and {@link java.util.regex} read the
 * same way, and {@code [.]} instead of {@code \.} so they embed in CEL string literals unescaped.
 * CEL's {@code matches} finds a match anywhere, so each pattern is anchored where it must be.
 */
public final class Patterns {
  /**
   * A plain-http endpoint that names an in-cluster Service, {@code http://<svc>.<ns>.svc} or {@code
   * http://<svc>.<ns>.svc.cluster.local}, with an optional port.
   */
  public static final String SERVICE_HTTP_ENDPOINT =
      "^http://[a-z0-9]([-a-z0-9]*[a-z0-9])?[.][a-z0-9]([-a-z0-9]*[a-z0-9])?[.]svc([.]cluster[.]local)?(:[0-9]{1,5})?/?$";

  /**
   * A lower-cased endpoint whose host is localhost, a numeric IP address in any notation (dotted,
   * shortened, decimal or hex; this covers link-local 169.254.0.0/16) or an IPv6 literal (any host
   * that does not start with a letter or digit).
   */
  public static final String LOCAL_OR_IP_ENDPOINT =
      "^https?://([^/@]*@)?(localhost|[^/:]*[.]localhost|[0-9.]+|0x[0-9a-fx.]*|[^a-z0-9][^/]*)[.]?(:[0-9]*)?(/.*)?$";

  /** The name of a Secret that BaoFlow generates for a cluster and nobody else may reference. */
  public static final String OWN_SECRET_NAME = "-(unseal-key|root-token|tls-ca|tls-server)$";

  private Patterns() {}
}
