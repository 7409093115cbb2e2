package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;

/**
 * Transit seal: another OpenBao (or Vault) encrypts the root key. Clusters that share the transit
 * key can restore each other's snapshots.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TransitSealSpec {
  @JsonPropertyDescription(
      "Address of the transit server, such as `https://unsealer.example:8200`.")
  @Required
  @Pattern("^https?://.+")
  private String address;

  @JsonPropertyDescription(
      "Deprecated: never put a token in the spec; provide `BAO_TOKEN` through `unseal.credentialsSecretRef`.")
  private String token;

  @JsonPropertyDescription("Name of the transit key.")
  @Required
  private String keyName;

  @JsonPropertyDescription("Mount path of the transit engine, such as `transit/`.")
  @Required
  private String mountPath;

  @JsonPropertyDescription("Namespace of the transit mount on the transit server.")
  private String namespace;

  @JsonPropertyDescription("Do not renew the transit token.")
  private Boolean disableRenewal;

  @JsonPropertyDescription("Path, inside the pod, of the CA certificate of the transit server.")
  private String tlsCACert;

  @JsonPropertyDescription("Path, inside the pod, of a client certificate for the transit server.")
  private String tlsClientCert;

  @JsonPropertyDescription("Path, inside the pod, of the client key for the transit server.")
  private String tlsClientKey;

  @JsonPropertyDescription("SNI name for the transit server.")
  private String tlsServerName;

  @JsonPropertyDescription("Skip TLS verification of the transit server (never in Hardened).")
  private Boolean tlsSkipVerify;

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getKeyName() {
    return keyName;
  }

  public void setKeyName(String keyName) {
    this.keyName = keyName;
  }

  public String getMountPath() {
    return mountPath;
  }

  public void setMountPath(String mountPath) {
    this.mountPath = mountPath;
  }

  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public Boolean getDisableRenewal() {
    return disableRenewal;
  }

  public void setDisableRenewal(Boolean disableRenewal) {
    this.disableRenewal = disableRenewal;
  }

  public String getTlsCACert() {
    return tlsCACert;
  }

  public void setTlsCACert(String tlsCACert) {
    this.tlsCACert = tlsCACert;
  }

  public String getTlsClientCert() {
    return tlsClientCert;
  }

  public void setTlsClientCert(String tlsClientCert) {
    this.tlsClientCert = tlsClientCert;
  }

  public String getTlsClientKey() {
    return tlsClientKey;
  }

  public void setTlsClientKey(String tlsClientKey) {
    this.tlsClientKey = tlsClientKey;
  }

  public String getTlsServerName() {
    return tlsServerName;
  }

  public void setTlsServerName(String tlsServerName) {
    this.tlsServerName = tlsServerName;
  }

  public Boolean getTlsSkipVerify() {
    return tlsSkipVerify;
  }

  public void setTlsSkipVerify(Boolean tlsSkipVerify) {
    this.tlsSkipVerify = tlsSkipVerify;
  }
}
