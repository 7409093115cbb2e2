package org.baoflow.lane.sim.bao.engines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.raft.GoDuration;

/**
 * {@code <mount>/config} of a KV v2 mount: limits that combine with each secret's own metadata.
 *
 * @param maxVersions 0 for OpenBao's default of 10
 * @param deleteVersionAfter zero for never
 */
record KvConfig(int maxVersions, boolean casRequired, Duration deleteVersionAfter) {

  static final KvConfig DEFAULT = new KvConfig(0, false, Duration.ZERO);

  /** Versions a secret keeps when neither the mount nor the secret sets a limit. */
  static final int DEFAULT_MAX_VERSIONS = 10;

  /** The larger of the mount's and the secret's limit, else OpenBao's default. */
  int maxVersionsFor(KvSecret secret) {
    int limit = Math.max(maxVersions, secret.maxVersions());
    return limit == 0 ? DEFAULT_MAX_VERSIONS : limit;
  }

  boolean casRequiredFor(KvSecret secret) {
    return casRequired || secret.casRequired();
  }

  /** The smaller of the two deletion delays that are set; zero for never. */
  Duration deleteVersionAfterFor(KvSecret secret) {
    Duration own = secret.deleteVersionAfter();
    if (deleteVersionAfter.isZero()) {
      return own;
    }
    return own.isZero() || deleteVersionAfter.compareTo(own) < 0 ? deleteVersionAfter : own;
  }

  ObjectNode toData() {
    ObjectNode data = Json.object();
    data.put("cas_required", casRequired);
    data.put("delete_version_after", GoDuration.format(deleteVersionAfter));
    data.put("max_versions", maxVersions);
    return data;
  }

  ObjectNode toStored() {
    ObjectNode stored = Json.object();
    stored.put("max_versions", maxVersions);
    stored.put("cas_required", casRequired);
    stored.put("delete_version_after_nanos", deleteVersionAfter.toNanos());
    return stored;
  }

  static KvConfig fromStored(JsonNode stored) {
    return new KvConfig(
        stored.path("max_versions").asInt(),
        stored.path("cas_required").asBoolean(),
        Duration.ofNanos(stored.path("delete_version_after_nanos").asLong()));
  }
}
