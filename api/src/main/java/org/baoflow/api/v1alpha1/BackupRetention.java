package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import org.baoflow.api.validation.GoDuration;

/** Which backups to keep. Both limits apply. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class BackupRetention {
  @JsonPropertyDescription("Keep at most this many backups; 0 keeps all.")
  @Min(0)
  private Integer maxCount;

  @JsonPropertyDescription("Delete backups older than this Go duration, such as `168h`.")
  @Pattern(GoDuration.PATTERN)
  private String maxAge;

  public Integer getMaxCount() {
    return maxCount;
  }

  public void setMaxCount(Integer maxCount) {
    this.maxCount = maxCount;
  }

  public String getMaxAge() {
    return maxAge;
  }

  public void setMaxAge(String maxAge) {
    this.maxAge = maxAge;
  }
}
