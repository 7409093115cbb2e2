package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST sys/policies/acl/:name}. */
record PolicyWrite(@JsonProperty("policy") String policy) {}
