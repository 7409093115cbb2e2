package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import org.baoflow.api.validation.Messages;

/** One request of the `initialize` stanza that OpenBao runs against itself at first start. */
@ValidationRule(
    value =
        "(has(self.auditDevice) ? 1 : 0) + (has(self.authMethod) ? 1 : 0)"
            + " + (has(self.secretEngine) ? 1 : 0) + (has(self.policy) ? 1 : 0)"
            + " + (has(self.data) ? 1 : 0) <= 1",
    message = Messages.SELF_INIT_ONE_PAYLOAD)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class SelfInitRequest {
  @JsonPropertyDescription("Unique name of the request.")
  @Required
  @Pattern("^[A-Za-z_][A-Za-z0-9_-]*$")
  @Size(max = 64)
  private String name;

  @JsonPropertyDescription("ACL operation.")
  @Required
  private RequestOperation operation;

  @JsonPropertyDescription("API path without `/v1/`, such as `sys/auth/userpass`.")
  @Required
  private String path;

  @JsonPropertyDescription("Continue when this request fails.")
  private Boolean allowFailure;

  @JsonPropertyDescription(
      "Audit device. OpenBao 2.3.2+ refuses to create audit devices through its API, so BaoFlow declares it as an `audit` stanza in config.hcl on every node (device path from `path` after `sys/audit/`) instead of sending the request.")
  private AuditDeviceRequest auditDevice;

  @JsonPropertyDescription("Auth method payload.")
  private AuthMethodRequest authMethod;

  @JsonPropertyDescription("Secrets engine payload.")
  private SecretEngineRequest secretEngine;

  @JsonPropertyDescription("Policy payload.")
  private PolicyRequest policy;

  @JsonPropertyDescription("Raw request data, when no typed payload fits.")
  private UntypedObject data;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public RequestOperation getOperation() {
    return operation;
  }

  public void setOperation(RequestOperation operation) {
    this.operation = operation;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public Boolean getAllowFailure() {
    return allowFailure;
  }

  public void setAllowFailure(Boolean allowFailure) {
    this.allowFailure = allowFailure;
  }

  public AuditDeviceRequest getAuditDevice() {
    return auditDevice;
  }

  public void setAuditDevice(AuditDeviceRequest auditDevice) {
    this.auditDevice = auditDevice;
  }

  public AuthMethodRequest getAuthMethod() {
    return authMethod;
  }

  public void setAuthMethod(AuthMethodRequest authMethod) {
    this.authMethod = authMethod;
  }

  public SecretEngineRequest getSecretEngine() {
    return secretEngine;
  }

  public void setSecretEngine(SecretEngineRequest secretEngine) {
    this.secretEngine = secretEngine;
  }

  public PolicyRequest getPolicy() {
    return policy;
  }

  public void setPolicy(PolicyRequest policy) {
    this.policy = policy;
  }

  public UntypedObject getData() {
    return data;
  }

  public void setData(UntypedObject data) {
    this.data = data;
  }
}
