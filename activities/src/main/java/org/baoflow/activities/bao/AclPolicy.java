package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code data} of {@code GET sys/policies/acl/:name}; {@code modified}/{@code expiration} when set.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AclPolicy(
    @JsonProperty("name") String name,
    @JsonProperty("policy") String policy,
    @JsonProperty("version") long version,
    @JsonProperty("cas_required") boolean casRequired,
    @JsonProperty("allow_wildcards_in_identity_templates")
        boolean allowWildcardsInIdentityTemplates,
    @JsonProperty("allow_slashes_in_identity_templates") boolean allowSlashesInIdentityTemplates,
    @JsonProperty("modified") String modified,
    @JsonProperty("expiration") String expiration) {}
