package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;

/** When a blue/green upgrade rolls back by itself. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AutoRollbackSpec {
  @JsonPropertyDescription("Roll back automatically.")
  @Default("true")
  private Boolean enabled;

  @JsonPropertyDescription("Roll back when a step fails beyond its retries.")
  @Default("true")
  private Boolean onJobFailure;

  @JsonPropertyDescription("Roll back when validation fails.")
  @Default("true")
  private Boolean onValidationFailure;

  public Boolean getEnabled() {
    return enabled;
  }

  public void setEnabled(Boolean enabled) {
    this.enabled = enabled;
  }

  public Boolean getOnJobFailure() {
    return onJobFailure;
  }

  public void setOnJobFailure(Boolean onJobFailure) {
    this.onJobFailure = onJobFailure;
  }

  public Boolean getOnValidationFailure() {
    return onValidationFailure;
  }

  public void setOnValidationFailure(Boolean onValidationFailure) {
    this.onValidationFailure = onValidationFailure;
  }
}
