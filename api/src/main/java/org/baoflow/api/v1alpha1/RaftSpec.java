package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Min;

/** Integrated storage settings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class RaftSpec {
  @JsonPropertyDescription("Raft timing multiplier.")
  @Min(0)
  private Integer performanceMultiplier;

  @JsonPropertyDescription("Autopilot.")
  private AutopilotSpec autopilot;

  public Integer getPerformanceMultiplier() {
    return performanceMultiplier;
  }

  public void setPerformanceMultiplier(Integer performanceMultiplier) {
    this.performanceMultiplier = performanceMultiplier;
  }

  public AutopilotSpec getAutopilot() {
    return autopilot;
  }

  public void setAutopilot(AutopilotSpec autopilot) {
    this.autopilot = autopilot;
  }
}
