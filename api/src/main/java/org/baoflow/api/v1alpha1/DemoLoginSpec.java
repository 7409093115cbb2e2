package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;

/** A userpass login for local UI checks; Development profile only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class DemoLoginSpec {
  @JsonPropertyDescription("Create the demo login.")
  @Default("false")
  private Boolean enabled;

  @JsonPropertyDescription("User name.")
  @Default("demo")
  private String username;

  @JsonPropertyDescription(
      "Secret with key `password`; BaoFlow generates `<cluster>-demo-login` when empty.")
  private SecretRef passwordSecretRef;

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public SecretRef getPasswordSecretRef() {
    return passwordSecretRef;
  }

  public void setPasswordSecretRef(SecretRef passwordSecretRef) {
    this.passwordSecretRef = passwordSecretRef;
  }
}
