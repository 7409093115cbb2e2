package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;

/**
 * JWT auth bootstrap: self-init enables JWT auth against the cluster's own service-account issuer
 * and creates the roles BaoFlow logs in with.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class OidcBootstrapSpec {
  @JsonPropertyDescription("Render the JWT bootstrap into the self-init stanzas.")
  @Default("true")
  private Boolean enabled;

  @JsonPropertyDescription("Audience the roles require in service-account tokens.")
  @Default("openbao-internal")
  private String audience;

  @JsonPropertyDescription(
      "Issuer URL override; defaults to the Kubernetes API server's service-account issuer discovered at bootstrap.")
  private String issuer;

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }
}
