package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Azure Blob Storage settings. Accepted for compatibility with the Go openbao-operator; BaoFlow
 * does not implement it yet and reports it in the `Supported` condition.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AzureTarget {
  @JsonPropertyDescription("Storage account.")
  private String storageAccount;

  @JsonPropertyDescription("Container.")
  private String container;

  public String getStorageAccount() {
    return storageAccount;
  }

  public void setStorageAccount(String storageAccount) {
    this.storageAccount = storageAccount;
  }

  public String getContainer() {
    return container;
  }

  public void setContainer(String container) {
    this.container = container;
  }
}
