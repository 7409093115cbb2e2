package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** Google Cloud KMS seal. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GcpCloudKmsSealSpec {
  @JsonPropertyDescription("GCP project.")
  private String project;

  @JsonPropertyDescription("KMS location.")
  private String region;

  @JsonPropertyDescription("Key ring.")
  private String keyRing;

  @JsonPropertyDescription("Crypto key.")
  @Required
  private String cryptoKey;

  @JsonPropertyDescription(
      "Path, inside the pod, of the credentials file (mount it through `unseal.credentialsSecretRef`).")
  private String credentials;

  public String getProject() {
    return project;
  }

  public void setProject(String project) {
    this.project = project;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getKeyRing() {
    return keyRing;
  }

  public void setKeyRing(String keyRing) {
    this.keyRing = keyRing;
  }

  public String getCryptoKey() {
    return cryptoKey;
  }

  public void setCryptoKey(String cryptoKey) {
    this.cryptoKey = cryptoKey;
  }

  public String getCredentials() {
    return credentials;
  }

  public void setCredentials(String credentials) {
    this.credentials = credentials;
  }
}
