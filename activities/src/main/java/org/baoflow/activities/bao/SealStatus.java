package org.baoflow.activities.bao;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Body of {@code sys/seal-status} and of {@code sys/unseal}. Nullable fields are omitted by the
 * server in some states: {@code recovery_seal_type} for Shamir, {@code cluster_*} while sealed,
 * {@code commit_date} before 2.6 (which sent {@code build_date}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SealStatus(
    @JsonProperty("type") String type,
    @JsonProperty("initialized") boolean initialized,
    @JsonProperty("sealed") boolean sealed,
    @JsonProperty("t") int threshold,
    @JsonProperty("n") int shares,
    @JsonProperty("progress") int progress,
    @JsonProperty("nonce") String nonce,
    @JsonProperty("recovery_seal") boolean recoverySeal,
    @JsonProperty("recovery_seal_type") String recoverySealType,
    @JsonProperty("version") String version,
    @JsonProperty("commit_date") String commitDate,
    @JsonProperty("build_date") String buildDate,
    @JsonProperty("migration") boolean migration,
    @JsonProperty("cluster_name") String clusterName,
    @JsonProperty("cluster_id") String clusterId,
    @JsonProperty("storage_type") String storageType,
    @JsonProperty("warnings") List<String> warnings) {}
