package org.baoflow.lane.sim.node;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cloud KMS seal ({@code awskms}, {@code gcpckms}, {@code azurekeyvault}). The lane cannot reach
 * a cloud KMS, so it keeps the settings without typing them; a node with such a seal stays sealed.
 * {@link #toString()} names the keys only, since some hold credentials.
 */
public record KmsSeal(String type, Map<String, String> attributes, boolean disabled)
    implements SealConfig {

  /** Copies the attributes in file order. */
  public KmsSeal {
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  private static final Map<String, List<String>> KEYS =
      Map.of(
          "awskms",
          List.of(
              "region",
              "access_key",
              "secret_key",
              "session_token",
              "kms_key_id",
              "endpoint",
              "shared_creds_profile",
              "shared_creds_file"),
          "gcpckms",
          List.of("project", "region", "key_ring", "crypto_key", "credentials"),
          "azurekeyvault",
          List.of(
              "tenant_id",
              "client_id",
              "client_secret",
              "environment",
              "vault_name",
              "key_name",
              "resource"));

  static KmsSeal parse(String type, ConfigBody body) {
    body.allowOnly(SealConfig.withCommonKeys(KEYS.get(type)), Set.of());
    return new KmsSeal(type, body.stringAttributes(), SealConfig.disabled(body));
  }

  @Override
  public String toString() {
    return "KmsSeal[type="
        + type
        + ", keys="
        + attributes.keySet()
        + ", disabled="
        + disabled
        + "]";
  }
}
