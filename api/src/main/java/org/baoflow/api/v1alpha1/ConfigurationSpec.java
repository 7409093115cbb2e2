package org.baoflow.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import org.baoflow.api.validation.GoDuration;

/**
 * Typed OpenBao server configuration. The listener, storage and seal stanzas are rendered by
 * BaoFlow and cannot be overridden.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class ConfigurationSpec {
  @JsonPropertyDescription("Serve the web UI.")
  @Default("true")
  private Boolean ui;

  @JsonPropertyDescription("Log level.")
  @Default("info")
  private LogLevel logLevel;

  @JsonPropertyDescription("Log output.")
  private LoggingSpec logging;

  @JsonPropertyDescription("Listener settings.")
  private ListenerSpec listener;

  @JsonPropertyDescription("Raft and autopilot settings.")
  private RaftSpec raft;

  @JsonPropertyDescription("Default lease TTL.")
  @Pattern(GoDuration.PATTERN)
  private String defaultLeaseTTL;

  @JsonPropertyDescription("Maximum lease TTL.")
  @Pattern(GoDuration.PATTERN)
  private String maxLeaseTTL;

  @JsonPropertyDescription("Cache size in entries.")
  @Min(0)
  private Integer cacheSize;

  @JsonPropertyDescription("Disable the cache.")
  private Boolean disableCache;

  @JsonPropertyDescription(
      "Path, inside the pod, of a private ACME CA root; put the file in the seal credentials Secret (`unseal.credentialsSecretRef`), which is mounted at `/etc/bao/seal-creds`.")
  private String acmeCARoot;

  @JsonPropertyDescription(
      "Plugin settings. Accepted for compatibility with the Go openbao-operator; BaoFlow does not implement it yet and reports it in the `Supported` condition.")
  private UntypedObject plugin;

  public Boolean getUi() {
    return ui;
  }

  public void setUi(Boolean ui) {
    this.ui = ui;
  }

  public LogLevel getLogLevel() {
    return logLevel;
  }

  public void setLogLevel(LogLevel logLevel) {
    this.logLevel = logLevel;
  }

  public LoggingSpec getLogging() {
    return logging;
  }

  public void setLogging(LoggingSpec logging) {
    this.logging = logging;
  }

  public ListenerSpec getListener() {
    return listener;
  }

  public void setListener(ListenerSpec listener) {
    this.listener = listener;
  }

  public RaftSpec getRaft() {
    return raft;
  }

  public void setRaft(RaftSpec raft) {
    this.raft = raft;
  }

  public String getDefaultLeaseTTL() {
    return defaultLeaseTTL;
  }

  public void setDefaultLeaseTTL(String defaultLeaseTTL) {
    this.defaultLeaseTTL = defaultLeaseTTL;
  }

  public String getMaxLeaseTTL() {
    return maxLeaseTTL;
  }

  public void setMaxLeaseTTL(String maxLeaseTTL) {
    this.maxLeaseTTL = maxLeaseTTL;
  }

  public Integer getCacheSize() {
    return cacheSize;
  }

  public void setCacheSize(Integer cacheSize) {
    this.cacheSize = cacheSize;
  }

  public Boolean getDisableCache() {
    return disableCache;
  }

  public void setDisableCache(Boolean disableCache) {
    this.disableCache = disableCache;
  }

  public String getAcmeCARoot() {
    return acmeCARoot;
  }

  public void setAcmeCARoot(String acmeCARoot) {
    this.acmeCARoot = acmeCARoot;
  }

  public UntypedObject getPlugin() {
    return plugin;
  }

  public void setPlugin(UntypedObject plugin) {
    this.plugin = plugin;
  }
}
