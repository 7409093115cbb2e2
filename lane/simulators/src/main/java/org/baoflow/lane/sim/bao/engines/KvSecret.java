package org.baoflow.lane.sim.bao.engines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.raft.GoDuration;

/**
 * A KV v2 secret: its metadata and the versions it still keeps.
 *
 * @param maxVersions the secret's own limit, 0 for the mount's
 * @param deleteVersionAfter the secret's own limit, zero for the mount's
 * @param customMetadata shown as {@code null} while empty
 * @param versions by number, the oldest first
 */
record KvSecret(
    Instant created,
    Instant updated,
    int currentVersion,
    int maxVersions,
    boolean casRequired,
    Duration deleteVersionAfter,
    Map<String, String> customMetadata,
    SortedMap<Integer, KvVersion> versions) {

  KvSecret {
    customMetadata = Collections.unmodifiableMap(new LinkedHashMap<>(customMetadata));
    versions = Collections.unmodifiableSortedMap(new TreeMap<>(versions));
  }

  /** A secret with metadata and no version yet. */
  static KvSecret empty(Instant now) {
    return new KvSecret(now, now, 0, 0, false, Duration.ZERO, Map.of(), new TreeMap<>());
  }

  Optional<KvVersion> version(int number) {
    return Optional.ofNullable(versions.get(number));
  }

  int oldestVersion() {
    return versions.isEmpty() ? 0 : versions.firstKey();
  }

  /** Adds the next version and drops the oldest ones beyond {@code limit}. */
  KvSecret withNewVersion(KvVersion version, int limit, Instant now) {
    SortedMap<Integer, KvVersion> next = new TreeMap<>(versions);
    next.put(currentVersion + 1, version);
    return new KvSecret(
            created,
            now,
            currentVersion + 1,
            maxVersions,
            casRequired,
            deleteVersionAfter,
            customMetadata,
            next)
        .trimmedTo(limit);
  }

  /** Drops the oldest versions until at most {@code limit} remain. */
  KvSecret trimmedTo(int limit) {
    SortedMap<Integer, KvVersion> kept = new TreeMap<>(versions);
    while (kept.size() > limit) {
      kept.remove(kept.firstKey());
    }
    return new KvSecret(
        created,
        updated,
        currentVersion,
        maxVersions,
        casRequired,
        deleteVersionAfter,
        customMetadata,
        kept);
  }

  /** Applies {@code change} to each listed version that exists. */
  KvSecret withVersions(Iterable<Integer> numbers, UnaryOperator<KvVersion> change, Instant now) {
    SortedMap<Integer, KvVersion> next = new TreeMap<>(versions);
    for (int number : numbers) {
      next.computeIfPresent(number, (key, version) -> change.apply(version));
    }
    return new KvSecret(
        created,
        now,
        currentVersion,
        maxVersions,
        casRequired,
        deleteVersionAfter,
        customMetadata,
        next);
  }

  KvSecret withSettings(
      int newMaxVersions,
      boolean newCasRequired,
      Duration newDeleteVersionAfter,
      Map<String, String> newCustomMetadata,
      Instant now) {
    return new KvSecret(
        created,
        now,
        currentVersion,
        newMaxVersions,
        newCasRequired,
        newDeleteVersionAfter,
        newCustomMetadata,
        versions);
  }

  /** The {@code metadata} object of a data read or write for one version. */
  ObjectNode versionMetadata(int number, KvVersion version) {
    ObjectNode metadata = version.metadata();
    metadata.set("custom_metadata", customMetadataNode());
    metadata.put("version", number);
    return metadata;
  }

  /** The answer of {@code GET <mount>/metadata/<path>}. */
  ObjectNode metadata() {
    ObjectNode data = Json.object();
    data.put("cas_required", casRequired);
    data.put("created_time", GoTime.format(created));
    data.put("current_version", currentVersion);
    data.set("custom_metadata", customMetadataNode());
    data.put("delete_version_after", GoDuration.format(deleteVersionAfter));
    data.put("max_versions", maxVersions);
    data.put("oldest_version", oldestVersion());
    data.put("updated_time", GoTime.format(updated));
    ObjectNode all = data.putObject("versions");
    versions.forEach((number, version) -> all.set(String.valueOf(number), version.metadata()));
    return data;
  }

  private JsonNode customMetadataNode() {
    return customMetadata.isEmpty() ? NullNode.getInstance() : Json.strings(customMetadata);
  }

  ObjectNode toStored() {
    ObjectNode stored = Json.object();
    stored.put("created", created.toString());
    stored.put("updated", updated.toString());
    stored.put("current_version", currentVersion);
    stored.put("max_versions", maxVersions);
    stored.put("cas_required", casRequired);
    stored.put("delete_version_after_nanos", deleteVersionAfter.toNanos());
    stored.set("custom_metadata", Json.strings(customMetadata));
    ObjectNode all = stored.putObject("versions");
    versions.forEach((number, version) -> all.set(String.valueOf(number), version.toStored()));
    return stored;
  }

  static KvSecret fromStored(JsonNode stored) {
    Map<String, String> custom = new LinkedHashMap<>();
    stored
        .path("custom_metadata")
        .properties()
        .forEach(field -> custom.put(field.getKey(), field.getValue().asText()));
    SortedMap<Integer, KvVersion> versions = new TreeMap<>();
    stored
        .path("versions")
        .properties()
        .forEach(
            field ->
                versions.put(
                    Integer.parseInt(field.getKey()), KvVersion.fromStored(field.getValue())));
    return new KvSecret(
        Instant.parse(stored.path("created").asText()),
        Instant.parse(stored.path("updated").asText()),
        stored.path("current_version").asInt(),
        stored.path("max_versions").asInt(),
        stored.path("cas_required").asBoolean(),
        Duration.ofNanos(stored.path("delete_version_after_nanos").asLong()),
        custom,
        versions);
  }
}
