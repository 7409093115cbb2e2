package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import org.baoflow.api.validation.GoDuration;

/** Checks before promotion (Go operator shape). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class BlueGreenVerificationSpec {
  @JsonPropertyDescription("Minimum time the green nodes replicate before promotion.")
  @Pattern(GoDuration.PATTERN)
  private String minSyncDuration;

  @JsonPropertyDescription(
      "A validation Job before promotion. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private UntypedObject prePromotionHook;

  public String getMinSyncDuration() {
    return minSyncDuration;
  }

  public void setMinSyncDuration(String minSyncDuration) {
    this.minSyncDuration = minSyncDuration;
  }

  public UntypedObject getPrePromotionHook() {
    return prePromotionHook;
  }

  public void setPrePromotionHook(UntypedObject prePromotionHook) {
    this.prePromotionHook = prePromotionHook;
  }
}
