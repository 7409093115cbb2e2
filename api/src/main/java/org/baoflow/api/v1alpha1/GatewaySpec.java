package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.Map;
import org.baoflow.api.validation.Messages;

/** Expose OpenBao on a shared Gateway API Gateway. */
@ValidationRule(
    value = "!self.enabled || (has(self.hostname) && self.hostname != '')",
    message = Messages.GATEWAY_HOSTNAME_REQUIRED,
    fieldPath = ".hostname",
    reason = "FieldValueRequired")
@ValidationRule(
    value = "!self.enabled || has(self.gatewayRef)",
    message = Messages.GATEWAY_REF_REQUIRED,
    fieldPath = ".gatewayRef",
    reason = "FieldValueRequired")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class GatewaySpec {
  @JsonPropertyDescription("Create the route.")
  @Default("false")
  private Boolean enabled;

  @JsonPropertyDescription("Listener (sectionName) of the Gateway.")
  private String listenerName;

  @JsonPropertyDescription("The Gateway; required when enabled.")
  private GatewayRef gatewayRef;

  @JsonPropertyDescription(
      "Public hostname; required when enabled, and added to the server certificate.")
  private String hostname;

  @JsonPropertyDescription("Path prefix of the HTTPRoute.")
  @Default("/")
  private String path;

  @JsonPropertyDescription("Annotations of the route.")
  private Map<String, String> annotations;

  @JsonPropertyDescription("TLS from the Gateway to OpenBao (terminating mode).")
  private BackendTlsSpec backendTLS;

  @JsonPropertyDescription("Use a TLSRoute and let OpenBao terminate TLS (no BackendTLSPolicy).")
  @Default("false")
  private Boolean tlsPassthrough;

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public String getListenerName() {
    return listenerName;
  }

  public void setListenerName(String listenerName) {
    this.listenerName = listenerName;
  }

  public GatewayRef getGatewayRef() {
    return gatewayRef;
  }

  public void setGatewayRef(GatewayRef gatewayRef) {
    this.gatewayRef = gatewayRef;
  }

  public String getHostname() {
    return hostname;
  }

  public void setHostname(String hostname) {
    this.hostname = hostname;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public Map<String, String> getAnnotations() {
    return annotations;
  }

  public void setAnnotations(Map<String, String> annotations) {
    this.annotations = annotations;
  }

  public BackendTlsSpec getBackendTLS() {
    return backendTLS;
  }

  public void setBackendTLS(BackendTlsSpec backendTLS) {
    this.backendTLS = backendTLS;
  }

  public Boolean getTlsPassthrough() {
    return tlsPassthrough;
  }

  public void setTlsPassthrough(Boolean tlsPassthrough) {
    this.tlsPassthrough = tlsPassthrough;
  }
}
