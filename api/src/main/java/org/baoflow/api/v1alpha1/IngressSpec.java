package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.Map;
import org.baoflow.api.validation.Messages;

/** Expose OpenBao through an Ingress. */
@ValidationRule(
    value = "!self.enabled || (has(self.host) && self.host != '')",
    message = Messages.INGRESS_HOST_REQUIRED,
    fieldPath = ".host",
    reason = "FieldValueRequired")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class IngressSpec {
  @JsonPropertyDescription("Create the Ingress.")
  @Default("false")
  private Boolean enabled;

  @JsonPropertyDescription("IngressClass name.")
  private String className;

  @JsonPropertyDescription("Public host; required when enabled.")
  private String host;

  @JsonPropertyDescription("Path.")
  @Default("/")
  private String path;

  @JsonPropertyDescription(
      "TLS Secret of the Ingress; defaults to the cluster's server certificate Secret.")
  private String tlsSecretName;

  @JsonPropertyDescription("Annotations of the Ingress.")
  private Map<String, String> annotations;

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public String getClassName() {
    return className;
  }

  public void setClassName(String className) {
    this.className = className;
  }

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public String getTlsSecretName() {
    return tlsSecretName;
  }

  public void setTlsSecretName(String tlsSecretName) {
    this.tlsSecretName = tlsSecretName;
  }

  public Map<String, String> getAnnotations() {
    return annotations;
  }

  public void setAnnotations(Map<String, String> annotations) {
    this.annotations = annotations;
  }
}
