package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;
import org.baoflow.api.validation.Messages;

/**
 * Declarative self-initialization: OpenBao initializes itself from its configuration, so no root
 * token or recovery key ever leaves it.
 */
@ValidationRule(
    value =
        "!has(self.requests) || self.requests.all(r, self.requests.exists_one(o, o.name == r.name))",
    message = Messages.SELF_INIT_NAMES_UNIQUE,
    fieldPath = ".requests",
    reason = "FieldValueDuplicate")
@ValidationRule(
    value =
        "!self.enabled || !has(self.oidc) || self.oidc.enabled"
            + " || (has(self.requests) && size(self.requests) > 0)",
    message = Messages.SELF_INIT_NEEDS_REQUEST,
    fieldPath = ".requests",
    reason = "FieldValueRequired")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class SelfInitSpec {
  @JsonPropertyDescription(
      "Initialize through the `initialize` stanza (rendered on pod 0 only) instead of `sys/init`.")
  @Default("false")
  private Boolean enabled;

  @JsonPropertyDescription(
      "JWT auth bootstrap for BaoFlow's own logins; on with its defaults when this block is absent.")
  private OidcBootstrapSpec oidc;

  @JsonPropertyDescription(
      "Your own requests, run after BaoFlow's bootstrap requests. Add an auth method for yourself, or you cannot log in.")
  @Size(max = 64)
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
