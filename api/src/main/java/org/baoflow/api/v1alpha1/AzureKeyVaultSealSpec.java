package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** Azure Key Vault seal. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AzureKeyVaultSealSpec {
  @JsonPropertyDescription("Key Vault name.")
  private String vaultName;

  @JsonPropertyDescription("Key name.")
  @Required
  private String keyName;

  @JsonPropertyDescription("Azure tenant ID.")
  private String tenantID;

  @JsonPropertyDescription("Client ID of the identity.")
  private String clientID;

  @JsonPropertyDescription("Deprecated: provide credentials through `unseal.credentialsSecretRef`.")
  private String clientSecret;

  @JsonPropertyDescription("Key Vault resource (for sovereign clouds).")
  private String resource;

  @JsonPropertyDescription("Azure environment name.")
  private String environment;

  public String getVaultName() {
    return vaultName;
  }

  public void setVaultName(String vaultName) {
    this.vaultName = vaultName;
  }

  public String getKeyName() {
    return keyName;
  }

  public void setKeyName(String keyName) {
    this.keyName = keyName;
  }

  public String getTenantID() {
    return tenantID;
  }

  public void setTenantID(String tenantID) {
    this.tenantID = tenantID;
  }

  public String getClientID() {
    return clientID;
  }

  public void setClientID(String clientID) {
    this.clientID = clientID;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  public String getResource() {
    return resource;
  }

  public void setResource(String resource) {
    this.resource = resource;
  }

  public String getEnvironment() {
    return environment;
  }

  public void setEnvironment(String environment) {
    this.environment = environment;
  }
}
