package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.ValidationRule;
import org.baoflow.api.validation.Messages;

/** Listener settings that BaoFlow lets you change. */
@ValidationRule(
    value = "!has(self.tlsDisable) || !self.tlsDisable",
    message = Messages.LISTENER_TLS_DISABLE,
    fieldPath = ".tlsDisable",
    reason = "FieldValueForbidden")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ListenerSpec {
  @JsonPropertyDescription("Rejected: BaoFlow always serves TLS.")
  private Boolean tlsDisable;

  @JsonPropertyDescription("PROXY protocol behavior.")
  private String proxyProtocolBehavior;

  public Boolean getTlsDisable() {
    return tlsDisable;
  }

  public void setTlsDisable(Boolean tlsDisable) {
    this.tlsDisable = tlsDisable;
  }

  public String getProxyProtocolBehavior() {
    return proxyProtocolBehavior;
  }

  public void setProxyProtocolBehavior(String proxyProtocolBehavior) {
    this.proxyProtocolBehavior = proxyProtocolBehavior;
  }
}
