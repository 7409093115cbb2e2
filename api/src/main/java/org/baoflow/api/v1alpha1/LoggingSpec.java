package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import org.baoflow.api.validation.GoDuration;

/** Server log output. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class LoggingSpec {
  @JsonPropertyDescription("Log format: `standard` or `json`.")
  @Pattern("^(standard|json)$")
  private String format;

  @JsonPropertyDescription("Log file path.")
  private String file;

  @JsonPropertyDescription("Rotate the log file after this Go duration, such as `24h`.")
  @Pattern(GoDuration.PATTERN)
  private String rotateDuration;

  @JsonPropertyDescription("Rotate the log file after this many bytes.")
  @Min(0)
  private Integer rotateBytes;

  @JsonPropertyDescription("Rotated files to keep.")
  @Min(0)
  private Integer rotateMaxFiles;

  @JsonPropertyDescription("PID file path.")
  private String pidFile;

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public String getFile() {
    return file;
  }

  public void setFile(String file) {
    this.file = file;
  }

  public String getRotateDuration() {
    return rotateDuration;
  }

  public void setRotateDuration(String rotateDuration) {
    this.rotateDuration = rotateDuration;
  }

  public Integer getRotateBytes() {
    return rotateBytes;
  }

  public void setRotateBytes(Integer rotateBytes) {
    this.rotateBytes = rotateBytes;
  }

  public Integer getRotateMaxFiles() {
    return rotateMaxFiles;
  }

  public void setRotateMaxFiles(Integer rotateMaxFiles) {
    this.rotateMaxFiles = rotateMaxFiles;
  }

  public String getPidFile() {
    return pidFile;
  }

  public void setPidFile(String pidFile) {
    this.pidFile = pidFile;
  }
}
