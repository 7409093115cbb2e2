package org.baoflow.lane.sim.bao.engines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import org.baoflow.lane.sim.bao.logical.Json;

/**
 * One version of a KV v2 secret.
 *
 * @param deletion when the version is or will be soft-deleted; a time in the future comes from
 *     {@code delete_version_after}
 * @param data the secret's data; empty once destroyed
 */
record KvVersion(
    Instant created, Optional<Instant> deletion, boolean destroyed, Optional<ObjectNode> data) {

  /** Whether a read of this version finds no data at {@code now}. */
  boolean gone(Instant now) {
    return destroyed || deletion.filter(time -> !time.isAfter(now)).isPresent();
  }

  KvVersion deletedAt(Instant now) {
    return new KvVersion(created, Optional.of(now), destroyed, data);
  }

  KvVersion undeleted() {
    return new KvVersion(created, Optional.empty(), destroyed, data);
  }

  KvVersion destroyedNow() {
    return new KvVersion(created, deletion, true, Optional.empty());
  }

  /** The version's entry in {@code metadata.versions}. */
  ObjectNode metadata() {
    ObjectNode metadata = Json.object();
    metadata.put("created_time", GoTime.format(created));
    metadata.put("deletion_time", deletion.map(GoTime::format).orElse(""));
    metadata.put("destroyed", destroyed);
    return metadata;
  }

  ObjectNode toStored() {
    ObjectNode stored = Json.object();
    stored.put("created", created.toString());
    deletion.ifPresent(time -> stored.put("deletion", time.toString()));
    stored.put("destroyed", destroyed);
    data.ifPresent(value -> stored.set("data", value));
    return stored;
  }

  static KvVersion fromStored(JsonNode stored) {
    return new KvVersion(
        Instant.parse(stored.path("created").asText()),
        stored.hasNonNull("deletion")
            ? Optional.of(Instant.parse(stored.path("deletion").asText()))
            : Optional.empty(),
        stored.path("destroyed").asBoolean(),
        stored.path("data").isObject()
            ? Optional.of((ObjectNode) stored.path("data"))
            : Optional.empty());
  }
}
