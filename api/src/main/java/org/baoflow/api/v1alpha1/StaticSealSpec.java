package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;

/** Static seal: a 32-byte key from a Secret that BaoFlow generates once and never regenerates. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class StaticSealSpec {
  @JsonPropertyDescription("Where OpenBao reads the key.")
  @Default("file:///etc/bao/unseal/key")
  private String currentKey;

  @JsonPropertyDescription("Permanent identifier of the current key.")
  @Default("operator-generated-v1")
  private String currentKeyID;

  public String getCurrentKey() {
    return currentKey;
  }

  public void setCurrentKey(String currentKey) {
    this.currentKey = currentKey;
  }

  public String getCurrentKeyID() {
    return currentKeyID;
  }

  public void setCurrentKeyID(String currentKeyID) {
    this.currentKeyID = currentKeyID;
  }
}
