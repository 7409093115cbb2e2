package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;

/** TLS from the Gateway to OpenBao (BackendTLSPolicy). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class BackendTlsSpec {
  @JsonPropertyDescription("Create a BackendTLSPolicy.")
  @Default("true")
  private Boolean enabled;

  @JsonPropertyDescription(
      "Hostname the Gateway verifies; defaults to `<cluster>-public.<namespace>.svc`.")
  private String hostname;

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public String getHostname() {
    return hostname;
  }

  public void setHostname(String hostname) {
    this.hostname = hostname;
  }
}
