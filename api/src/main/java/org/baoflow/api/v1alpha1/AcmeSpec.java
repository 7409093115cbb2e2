package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;
import org.baoflow.api.validation.Messages;

/** Certificates from an ACME directory, obtained by OpenBao's own ACME client. */
@ValidationRule(
    value = "!has(self.domain) || !has(self.domains)",
    message = Messages.ACME_DOMAIN_EXCLUSIVE,
    fieldPath = ".domain",
    reason = "FieldValueForbidden")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AcmeSpec {
  @JsonPropertyDescription("ACME directory URL.")
  @Required
  @Pattern("^https://.+")
  private String directoryURL;

  @JsonPropertyDescription("Deprecated single domain; use `domains`.")
  private String domain;

  @JsonPropertyDescription(
      "Domains of the certificate; defaults to `<cluster>-acme.<namespace>.svc`.")
  private List<String> domains;

  @JsonPropertyDescription("Contact email of the ACME account.")
  private String email;

  public String getDirectoryURL() {
    return directoryURL;
  }

  public void setDirectoryURL(String directoryURL) {
    this.directoryURL = directoryURL;
  }

  public String getDomain() {
    return domain;
  }

  public void setDomain(String domain) {
    this.domain = domain;
  }

  public List<String> getDomains() {
    return domains;
  }

  public void setDomains(List<String> domains) {
    this.domains = domains;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
