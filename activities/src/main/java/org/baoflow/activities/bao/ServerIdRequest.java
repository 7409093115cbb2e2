package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of raft {@code remove-peer}, {@code promote} and {@code demote}. */
record ServerIdRequest(@JsonProperty("server_id") String serverId) {}
