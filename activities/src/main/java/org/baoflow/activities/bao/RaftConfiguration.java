package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code data.config} of {@code sys/storage/raft/configuration}: the members and the log index. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RaftConfiguration(
    @JsonProperty("servers") List<RaftServer> servers, @JsonProperty("index") long index) {

  public RaftConfiguration {
    servers = servers == null ? List.of() : List.copyOf(servers);
  }
}
