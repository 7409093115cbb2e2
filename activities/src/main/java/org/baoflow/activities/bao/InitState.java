package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code GET sys/init}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record InitState(@JsonProperty("initialized") boolean initialized) {}
