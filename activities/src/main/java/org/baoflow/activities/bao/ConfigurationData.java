package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code data} of {@code sys/storage/raft/configuration}, which nests the configuration. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ConfigurationData(@JsonProperty("config") RaftConfiguration config) {}
