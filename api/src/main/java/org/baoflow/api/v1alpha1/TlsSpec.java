package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;
import org.baoflow.api.validation.GoDuration;
import org.baoflow.api.validation.Messages;

/** TLS of the OpenBao listener and of raft traffic. */
@ValidationRule(
    value = "self.enabled",
    message = Messages.TLS_ENABLED,
    fieldPath = ".enabled",
    reason = "FieldValueForbidden")
@ValidationRule(
    value = "self.mode != 'ACME' || has(self.acme)",
    message = Messages.TLS_ACME_REQUIRED,
    fieldPath = ".acme",
    reason = "FieldValueRequired")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class TlsSpec {
  @JsonPropertyDescription("Serve TLS. BaoFlow requires TLS; `false` is rejected.")
  @Default("true")
  private Boolean enabled;

  @JsonPropertyDescription(
      "Who provides the certificates: `OperatorManaged` (BaoFlow issues a CA and server certificate), `External` (you provide `<cluster>-tls-ca` and `<cluster>-tls-server`), or `ACME`.")
  @Default("OperatorManaged")
  private TlsMode mode;

  @JsonPropertyDescription(
      "Re-issue the server certificate when less than this remains of its validity, as a Go duration such as `720h`. Required with `OperatorManaged`.")
  @Pattern(GoDuration.PATTERN)
  private String rotationPeriod;

  @JsonPropertyDescription(
      "Extra DNS names or IP addresses for the server certificate (`OperatorManaged` only).")
  private List<String> extraSANs;

  @JsonPropertyDescription("ACME settings; required with mode `ACME`.")
  private AcmeSpec acme;

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public TlsMode getMode() {
    return mode;
  }

  public void setMode(TlsMode mode) {
    this.mode = mode;
  }

  public String getRotationPeriod() {
    return rotationPeriod;
  }

  public void setRotationPeriod(String rotationPeriod) {
    this.rotationPeriod = rotationPeriod;
  }

  public List<String> getExtraSANs() {
    return extraSANs;
  }

  public void setExtraSANs(List<String> extraSANs) {
    this.extraSANs = extraSANs;
  }

  public AcmeSpec getAcme() {
    return acme;
  }

  public void setAcme(AcmeSpec acme) {
    this.acme = acme;
  }
}
