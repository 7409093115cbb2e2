package org.baoflow.api.validation;

/**
 * Every validation message, in one place: the CRD's CEL rules ({@code @ValidationRule} on the model
 * classes) and {@link BaoFlowValidator} use the same constants, so a user reads the same words from
 * {@code kubectl apply} and from the {@code Valid} condition. Each message names the field and the
 * fix.
 */
public final class Messages {
  private static final String OWN_SECRETS =
      " must not name one of BaoFlow's own Secrets (*-unseal-key, *-root-token, *-tls-ca,"
          + " *-tls-server): create a dedicated Secret";

  // TLS
  public static final String TLS_ENABLED =
      "spec.tls.enabled must be true: BaoFlow always serves TLS; remove the field or set it to true";
  public static final String TLS_ROTATION_PERIOD_REQUIRED =
      "spec.tls.rotationPeriod is required when spec.tls.mode is OperatorManaged (the default):"
          + " set it to a Go duration such as 720h";
  public static final String TLS_ACME_REQUIRED =
      "spec.tls.acme is required when spec.tls.mode is ACME: set spec.tls.acme.directoryURL and"
          + " spec.tls.acme.domains";
  public static final String ACME_DOMAIN_EXCLUSIVE =
      "spec.tls.acme.domain and spec.tls.acme.domains are mutually exclusive: move the domain into"
          + " spec.tls.acme.domains";
  public static final String LISTENER_TLS_DISABLE =
      "spec.configuration.listener.tlsDisable must not be true: BaoFlow always serves TLS; remove"
          + " the field";

  // Hardened profile
  public static final String HARDENED_STATIC_SEAL =
      "spec.unseal.type must not be static with profile Hardened (an absent spec.unseal means"
          + " static): use transit, awskms, gcpckms or azurekeyvault";
  public static final String HARDENED_OPERATOR_MANAGED_TLS =
      "spec.tls.mode must be External or ACME with profile Hardened (an absent spec.tls means"
          + " OperatorManaged): provide your own certificates or use ACME";
  public static final String HARDENED_SELF_INIT =
      "spec.selfInit.enabled must be true with profile Hardened: enable self-initialization so no"
          + " root token is ever stored";
  public static final String HARDENED_REPLICAS =
      "spec.replicas must be at least 3 with profile Hardened: set it to 3, 5, 7 or 9";
  public static final String HARDENED_TRANSIT_SKIP_VERIFY =
      "spec.unseal.transit.tlsSkipVerify must not be true with profile Hardened: set"
          + " spec.unseal.transit.tlsCACert to the transit server's CA instead";

  // Topology and exposure
  public static final String REPLICAS_ODD =
      "spec.replicas must be odd so raft keeps a majority: use 1, 3, 5, 7 or 9";
  public static final String DEMO_LOGIN_DEVELOPMENT_ONLY =
      "spec.demoLogin.enabled is allowed only with profile Development: remove spec.demoLogin or"
          + " set enabled to false";
  public static final String GATEWAY_HOSTNAME_REQUIRED =
      "spec.gateway.hostname is required when spec.gateway.enabled is true: set the public"
          + " hostname";
  public static final String GATEWAY_REF_REQUIRED =
      "spec.gateway.gatewayRef is required when spec.gateway.enabled is true: name the Gateway to"
          + " attach the route to";
  public static final String INGRESS_HOST_REQUIRED =
      "spec.ingress.host is required when spec.ingress.enabled is true: set the public host";

  // Seal
  public static final String SEAL_TRANSIT_REQUIRED =
      "spec.unseal.transit is required when spec.unseal.type is transit: set address, mountPath"
          + " and keyName";
  public static final String SEAL_AWSKMS_REQUIRED =
      "spec.unseal.awskms is required when spec.unseal.type is awskms: set at least kmsKeyID";
  public static final String SEAL_GCPCKMS_REQUIRED =
      "spec.unseal.gcpCloudKMS is required when spec.unseal.type is gcpckms: set at least"
          + " cryptoKey";
  public static final String SEAL_AZUREKEYVAULT_REQUIRED =
      "spec.unseal.azureKeyVault is required when spec.unseal.type is azurekeyvault: set at least"
          + " keyName";

  // Self-init
  public static final String SELF_INIT_NAMES_UNIQUE =
      "spec.selfInit.requests names must be unique: rename the duplicate request";
  public static final String SELF_INIT_ONE_PAYLOAD =
      "spec.selfInit.requests[] may carry at most one of auditDevice, authMethod, secretEngine,"
          + " policy and data: split it into separate requests";
  public static final String SELF_INIT_NEEDS_REQUEST =
      "spec.selfInit.requests must not be empty when spec.selfInit.oidc.enabled is false: add a"
          + " request that enables an auth method for you, or nobody can log in";

  // Object storage endpoints
  public static final String BACKUP_ENDPOINT_HTTPS =
      "spec.backup.target.endpoint must use https://: plain http:// is allowed only for an"
          + " in-cluster Service name (such as http://rustfs.rustfs.svc:9000) with profile"
          + " Development";
  public static final String BACKUP_ENDPOINT_LOCAL =
      "spec.backup.target.endpoint must not point at localhost, a numeric IP address or a"
          + " link-local address: use the DNS name of the S3 service";
  public static final String RESTORE_ENDPOINT_HTTPS =
      "spec.source.target.endpoint must use https://: plain http:// is allowed only for an"
          + " in-cluster Service name (such as http://rustfs.rustfs.svc:9000)";
  public static final String RESTORE_ENDPOINT_LOCAL =
      "spec.source.target.endpoint must not point at localhost, a numeric IP address or a"
          + " link-local address: use the DNS name of the S3 service";

  // Secret references that must not reach BaoFlow's own Secrets
  public static final String BACKUP_TOKEN_SECRET_OWN =
      "spec.backup.tokenSecretRef.name" + OWN_SECRETS;
  public static final String BACKUP_CREDENTIALS_SECRET_OWN =
      "spec.backup.target.credentialsSecretRef.name" + OWN_SECRETS;
  public static final String BACKUP_CA_SECRET_OWN =
      "spec.backup.target.caSecretRef.name" + OWN_SECRETS;
  public static final String UPGRADE_TOKEN_SECRET_OWN =
      "spec.upgrade.tokenSecretRef.name" + OWN_SECRETS;
  public static final String RESTORE_TOKEN_SECRET_OWN = "spec.tokenSecretRef.name" + OWN_SECRETS;
  public static final String RESTORE_CREDENTIALS_SECRET_OWN =
      "spec.source.target.credentialsSecretRef.name" + OWN_SECRETS;
  public static final String RESTORE_CA_SECRET_OWN =
      "spec.source.target.caSecretRef.name" + OWN_SECRETS;

  // Updates
  public static final String PROFILE_IMMUTABLE =
      "spec.profile is immutable: create a new cluster with the other profile and restore a backup"
          + " into it";
  public static final String SEAL_TYPE_IMMUTABLE =
      "spec.unseal.type is immutable (an absent spec.unseal means static): BaoFlow does not"
          + " migrate seals; keep the current type";
  public static final String STORAGE_CLASS_IMMUTABLE =
      "spec.storage.storageClassName is immutable: keep the current value, volumes cannot change"
          + " their class";
  public static final String STORAGE_SIZE_SHRINK =
      "spec.storage.size cannot shrink: keep it at least at its current value, volumes can only"
          + " grow";
  public static final String RESTORE_SPEC_IMMUTABLE =
      "spec of an OpenBaoRestore is immutable: delete it and create a new OpenBaoRestore";

  // Java-only checks (see BaoFlowValidator for why CEL cannot express them)
  public static final String VERSION_TOO_OLD =
      "spec.version must be at least 2.4.0: BaoFlow needs the static seal and self-init of"
          + " OpenBao 2.4; set spec.version to 2.4.0 or newer";

  public static final String SPEC_REQUIRED = "spec is required: describe the desired resource";

  /** A required field that is absent. */
  public static String required(String field) {
    return field + " is required";
  }

  /** A string that does not match its schema pattern. */
  public static String patternMismatch(String field, String pattern) {
    return field + " must match " + pattern;
  }

  /** A number below its schema minimum. */
  public static String belowMinimum(String field, long minimum) {
    return field + " must be at least " + minimum;
  }

  /** A number above its schema maximum. */
  public static String aboveMaximum(String field, long maximum) {
    return field + " must be at most " + maximum;
  }

  /** A string or list whose length is out of its schema bounds. */
  public static String sizeOutOfRange(String field, long min, long max) {
    return field + " must have between " + min + " and " + max + " characters or items";
  }

  /** A Secret reference that points into another namespace. */
  public static String secretRefNamespace(String field, String namespace) {
    String allowed = namespace == null ? "the resource's namespace" : namespace;
    return field
        + ".namespace must be empty or "
        + allowed
        + ": Secret references cannot cross namespaces; remove the namespace";
  }

  /** A cron schedule that does not parse. */
  public static String cronInvalid(String field, String reason) {
    return field
        + " is not a valid cron schedule ("
        + reason
        + "): use five fields, minute hour day-of-month month day-of-week, such as 0 3 * * *";
  }

  /** A duration that does not parse or is not positive. */
  public static String durationInvalid(String field, String reason) {
    return field + " is not a positive Go duration (" + reason + "): use a value such as 720h";
  }

  private Messages() {}
}
