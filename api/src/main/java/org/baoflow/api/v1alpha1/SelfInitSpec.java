package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import java.util.List;

/**
 * Declarative self-initialization: OpenBao initializes itself from its configuration, so no root
 * token or recovery key ever leaves it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class SelfInitSpec {
  @JsonPropertyDescription(
      "Initialize through the `initialize` stanza (rendered on pod 0 only) instead of `sys/init`.")
  @Default("false")
  private Boolean enabled;

  @JsonPropertyDescription("JWT auth bootstrap for BaoFlow's own logins.")
  private OidcBootstrapSpec oidc;

  @JsonPropertyDescription(
      "Your own requests, run after BaoFlow's bootstrap requests. Add an auth method for yourself, or you cannot log in.")
  private List<SelfInitRequest> requests;

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public OidcBootstrapSpec getOidc() {
    return oidc;
  }

  public void setOidc(OidcBootstrapSpec oidc) {
    this.oidc = oidc;
  }

  public List<SelfInitRequest> getRequests() {
    return requests;
  }

  public void setRequests(List<SelfInitRequest> requests) {
    this.requests = requests;
  }
}
