package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;

/** AWS KMS seal. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AwsKmsSealSpec {
  @JsonPropertyDescription("AWS region of the key.")
  private String region;

  @JsonPropertyDescription("KMS key ID or ARN.")
  @Required
  private String kmsKeyID;

  @JsonPropertyDescription("Custom KMS endpoint.")
  private String endpoint;

  @JsonPropertyDescription("Deprecated: provide credentials through `unseal.credentialsSecretRef`.")
  private String accessKey;

  @JsonPropertyDescription("Deprecated: provide credentials through `unseal.credentialsSecretRef`.")
  private String secretKey;

  @JsonPropertyDescription("Deprecated: provide credentials through `unseal.credentialsSecretRef`.")
  private String sessionToken;

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getKmsKeyID() {
    return kmsKeyID;
  }

  public void setKmsKeyID(String kmsKeyID) {
    this.kmsKeyID = kmsKeyID;
  }

  public String getEndpoint() {
    return endpoint;
  }

  public void setEndpoint(String endpoint) {
    this.endpoint = endpoint;
  }

  public String getAccessKey() {
    return accessKey;
  }

  public void setAccessKey(String accessKey) {
    this.accessKey = accessKey;
  }

  public String getSecretKey() {
    return secretKey;
  }

  public void setSecretKey(String secretKey) {
    this.secretKey = secretKey;
  }

  public String getSessionToken() {
    return sessionToken;
  }

  public void setSessionToken(String sessionToken) {
    this.sessionToken = sessionToken;
  }
}
