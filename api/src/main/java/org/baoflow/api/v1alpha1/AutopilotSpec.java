package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import org.baoflow.api.validation.GoDuration;

/** Raft autopilot. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class AutopilotSpec {
  @JsonPropertyDescription("Remove dead servers automatically.")
  @Default("true")
  private Boolean cleanupDeadServers;

  @JsonPropertyDescription("Time without contact after which a server is dead.")
  @Default("5m")
  @Pattern(GoDuration.PATTERN)
  private String deadServerLastContactThreshold;

  @JsonPropertyDescription("Minimum quorum for dead-server cleanup; defaults to max(3, replicas).")
  @Min(3)
  private Integer minQuorum;

  @JsonPropertyDescription("Time a new server must be healthy before it becomes a voter.")
  @Pattern(GoDuration.PATTERN)
  private String serverStabilizationTime;

  @JsonPropertyDescription("Time without contact after which a server is unhealthy.")
  @Pattern(GoDuration.PATTERN)
  private String lastContactThreshold;

  @JsonPropertyDescription("Log entries a server may trail before it is unhealthy.")
  @Min(0)
  private Integer maxTrailingLogs;

  public Boolean getCleanupDeadServers() {
    return cleanupDeadServers;
  }

  public void setCleanupDeadServers(Boolean cleanupDeadServers) {
    this.cleanupDeadServers = cleanupDeadServers;
  }

  public String getDeadServerLastContactThreshold() {
    return deadServerLastContactThreshold;
  }

  public void setDeadServerLastContactThreshold(String deadServerLastContactThreshold) {
    this.deadServerLastContactThreshold = deadServerLastContactThreshold;
  }

  public Integer getMinQuorum() {
    return minQuorum;
  }

  public void setMinQuorum(Integer minQuorum) {
    this.minQuorum = minQuorum;
  }

  public String getServerStabilizationTime() {
    return serverStabilizationTime;
  }

  public void setServerStabilizationTime(String serverStabilizationTime) {
    this.serverStabilizationTime = serverStabilizationTime;
  }

  public String getLastContactThreshold() {
    return lastContactThreshold;
  }

  public void setLastContactThreshold(String lastContactThreshold) {
    this.lastContactThreshold = lastContactThreshold;
  }

  public Integer getMaxTrailingLogs() {
    return maxTrailingLogs;
  }

  public void setMaxTrailingLogs(Integer maxTrailingLogs) {
    this.maxTrailingLogs = maxTrailingLogs;
  }
}
