package org.baoflow.lane.sim.bao.engines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.logical.Envelope;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;

/**
 * KV version 2: versioned secrets with check-and-set, soft deletion and per-secret metadata, under
 * {@code config}, {@code data/}, {@code metadata/}, {@code delete/}, {@code undelete/} and {@code
 * destroy/}.
 */
final class KvV2Engine implements SecretEngine {

  static final String CAS_MISMATCH = "check-and-set parameter did not match the current version";
  static final String CAS_REQUIRED = "check-and-set parameter required for this call";

  private static final String CONFIG = "config";
  private static final String SECRETS = "secrets/";

  private final Clock clock;

  KvV2Engine(Clock clock) {
    this.clock = clock;
  }

  @Override
  public BaoResponse handle(
      Capability operation, String subPath, ObjectNode data, LogicalStorage view) {
    if (subPath.equals(CONFIG)) {
      return config(operation, data, view);
    }
    int slash = subPath.indexOf('/');
    String section = slash < 0 ? subPath : subPath.substring(0, slash);
    String path = slash < 0 ? "" : subPath.substring(slash + 1);
    if (section.equals("metadata") && operation == Capability.LIST) {
      return KvV1Engine.list(path, view.under(SECRETS));
    }
    if (path.isEmpty()) {
      return unsupportedPath();
    }
    return switch (section) {
      case "data" -> data(operation, path, data, view);
      case "metadata" -> metadata(operation, path, data, view);
      case "delete" -> versions(operation, path, data, view, this::softDelete);
      case "undelete" ->
          versions(
              operation,
              path,
              data,
              view,
              now -> version -> version.destroyed() ? version : version.undeleted());
      case "destroy" -> versions(operation, path, data, view, now -> KvVersion::destroyedNow);
      default -> unsupportedPath();
    };
  }

  /** Imports unversioned secrets as version 1, for a KV v1 mount tuned to version 2. */
  void importVersion1(Map<String, ObjectNode> secrets, LogicalStorage view) {
    Instant now = clock.instant();
    secrets.forEach(
        (path, data) ->
            save(
                view,
                path,
                KvSecret.empty(now)
                    .withNewVersion(
                        new KvVersion(now, Optional.empty(), false, Optional.of(data)),
                        KvConfig.DEFAULT_MAX_VERSIONS,
                        now)));
  }

  private static BaoResponse unsupportedPath() {
    return BaoResponse.error(404, List.of("unsupported path"));
  }

  private BaoResponse config(Capability operation, ObjectNode data, LogicalStorage view) {
    KvConfig current = config(view);
    switch (operation) {
      case READ:
        return Envelope.data(current.toData());
      case CREATE:
      case UPDATE:
        Optional<Duration> deleteAfter =
            data.has("delete_version_after")
                ? Durations.parse(data.get("delete_version_after"))
                : Optional.of(current.deleteVersionAfter());
        if (deleteAfter.isEmpty()) {
          return BaoResponse.badRequest("invalid delete_version_after");
        }
        KvConfig updated =
            new KvConfig(
                data.has("max_versions") ? data.get("max_versions").asInt() : current.maxVersions(),
                Json.bool(data, "cas_required", current.casRequired()),
                deleteAfter.get());
        StoredJson.write(view, CONFIG, updated.toStored());
        return BaoResponse.noContent();
      default:
        return BaoResponse.unsupported();
    }
  }

  private static KvConfig config(LogicalStorage view) {
    return StoredJson.read(view, CONFIG).map(KvConfig::fromStored).orElse(KvConfig.DEFAULT);
  }

  private static Optional<KvSecret> load(LogicalStorage view, String path) {
    return StoredJson.read(view, SECRETS + path).map(KvSecret::fromStored);
  }

  private static void save(LogicalStorage view, String path, KvSecret secret) {
    StoredJson.write(view, SECRETS + path, secret.toStored());
  }

  private BaoResponse data(
      Capability operation, String path, ObjectNode data, LogicalStorage view) {
    return switch (operation) {
      case READ -> read(path, data, view);
      case CREATE, UPDATE -> write(path, data, view, Optional.empty());
      case PATCH -> patch(path, data, view);
      case DELETE -> {
        load(view, path)
            .ifPresent(
                secret ->
                    save(
                        view,
                        path,
                        secret.withVersions(
                            List.of(secret.currentVersion()),
                            softDelete(clock.instant()),
                            clock.instant())));
        yield BaoResponse.noContent();
      }
      default -> BaoResponse.unsupported();
    };
  }

  private BaoResponse read(String path, ObjectNode query, LogicalStorage view) {
    Optional<KvSecret> secret = load(view, path);
    if (secret.isEmpty()) {
      return BaoResponse.notFound();
    }
    int number = parseVersion(query).orElse(0);
    int wanted = number == 0 ? secret.get().currentVersion() : number;
    Optional<KvVersion> version = secret.get().version(wanted);
    if (version.isEmpty()) {
      return BaoResponse.notFound();
    }
    ObjectNode result = Json.object();
    result.set("metadata", secret.get().versionMetadata(wanted, version.get()));
    if (version.get().gone(clock.instant())) {
      // OpenBao answers 404 with the metadata so clients can tell deleted from missing.
      result.set("data", NullNode.getInstance());
      return new BaoResponse(404, Envelope.of(result, null));
    }
    result.set("data", version.get().data().orElseThrow());
    return Envelope.data(result);
  }

  private static Optional<Integer> parseVersion(ObjectNode query) {
    String text = Json.text(query, "version");
    return text.matches("\\d+") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
  }

  private BaoResponse patch(String path, ObjectNode request, LogicalStorage view) {
    Optional<KvSecret> secret = load(view, path);
    Optional<KvVersion> latest = secret.flatMap(found -> found.version(found.currentVersion()));
    if (latest.isEmpty() || latest.get().gone(clock.instant())) {
      return BaoResponse.notFound();
    }
    if (!request.path("data").isObject()) {
      return BaoResponse.badRequest("no data provided");
    }
    ObjectNode patched =
        MergePatch.apply(latest.get().data().orElseThrow(), (ObjectNode) request.get("data"));
    return write(path, request, view, Optional.of(patched));
  }

  /**
   * Writes the next version: the request's {@code data}, or {@code patched} for a PATCH, after the
   * check-and-set rules.
   */
  private BaoResponse write(
      String path, ObjectNode request, LogicalStorage view, Optional<ObjectNode> patched) {
    JsonNode data = request.path("data");
    if (!data.isObject()) {
      return BaoResponse.badRequest("no data provided");
    }
    Instant now = clock.instant();
    KvConfig config = config(view);
    KvSecret secret = load(view, path).orElseGet(() -> KvSecret.empty(now));
    JsonNode cas = request.path("options").path("cas");
    if (cas.isMissingNode() || cas.isNull()) {
      if (config.casRequiredFor(secret)) {
        return BaoResponse.badRequest(CAS_REQUIRED);
      }
    } else if (!cas.asText().matches("\\d+")) {
      return BaoResponse.badRequest("error parsing check-and-set parameter");
    } else if (cas.asInt() != secret.currentVersion()) {
      return BaoResponse.badRequest(CAS_MISMATCH);
    }
    Duration deleteAfter = config.deleteVersionAfterFor(secret);
    KvVersion version =
        new KvVersion(
            now,
            deleteAfter.isZero() ? Optional.empty() : Optional.of(now.plus(deleteAfter)),
            false,
            Optional.of(patched.orElse((ObjectNode) data)));
    KvSecret updated = secret.withNewVersion(version, config.maxVersionsFor(secret), now);
    save(view, path, updated);
    return Envelope.data(updated.versionMetadata(updated.currentVersion(), version));
  }

  private BaoResponse metadata(
      Capability operation, String path, ObjectNode data, LogicalStorage view) {
    Optional<KvSecret> secret = load(view, path);
    return switch (operation) {
      case READ ->
          secret.map(found -> Envelope.data(found.metadata())).orElse(BaoResponse.notFound());
      case CREATE, UPDATE -> writeMetadata(path, data, view, secret, false);
      case PATCH ->
          secret.isEmpty() ? BaoResponse.notFound() : writeMetadata(path, data, view, secret, true);
      case DELETE -> {
        view.delete(SECRETS + path);
        yield BaoResponse.noContent();
      }
      default -> BaoResponse.unsupported();
    };
  }

  /**
   * Sets the fields the request names, keeping the others. A PATCH merges {@code custom_metadata}
   * key by key ({@code null} removes one); a write replaces it.
   */
  private BaoResponse writeMetadata(
      String path,
      ObjectNode data,
      LogicalStorage view,
      Optional<KvSecret> existing,
      boolean merge) {
    Instant now = clock.instant();
    KvSecret secret = existing.orElseGet(() -> KvSecret.empty(now));
    Optional<Duration> deleteAfter =
        data.has("delete_version_after")
            ? Durations.parse(data.get("delete_version_after"))
            : Optional.of(secret.deleteVersionAfter());
    if (deleteAfter.isEmpty()) {
      return BaoResponse.badRequest("invalid delete_version_after");
    }
    Map<String, String> custom = new LinkedHashMap<>();
    if (merge || !data.has("custom_metadata")) {
      custom.putAll(secret.customMetadata());
    }
    for (Map.Entry<String, JsonNode> field : data.path("custom_metadata").properties()) {
      if (field.getValue().isNull()) {
        custom.remove(field.getKey());
      } else {
        custom.put(field.getKey(), field.getValue().asText());
      }
    }
    KvSecret updated =
        secret.withSettings(
            data.has("max_versions") ? data.get("max_versions").asInt() : secret.maxVersions(),
            Json.bool(data, "cas_required", secret.casRequired()),
            deleteAfter.get(),
            custom,
            now);
    save(view, path, updated.trimmedTo(config(view).maxVersionsFor(updated)));
    return BaoResponse.noContent();
  }

  private BaoResponse versions(
      Capability operation,
      String path,
      ObjectNode data,
      LogicalStorage view,
      Function<Instant, UnaryOperator<KvVersion>> change) {
    if (operation != Capability.UPDATE && operation != Capability.CREATE) {
      return BaoResponse.unsupported();
    }
    List<Integer> numbers = new ArrayList<>();
    for (String item : Json.list(data, "versions")) {
      if (!item.matches("\\d+")) {
        return BaoResponse.badRequest("versions must be integers");
      }
      numbers.add(Integer.parseInt(item));
    }
    if (numbers.isEmpty()) {
      return BaoResponse.badRequest("no version number provided");
    }
    Instant now = clock.instant();
    load(view, path)
        .ifPresent(
            secret -> save(view, path, secret.withVersions(numbers, change.apply(now), now)));
    return BaoResponse.noContent();
  }

  /** Soft-deletes a version unless it is already deleted or destroyed. */
  private UnaryOperator<KvVersion> softDelete(Instant now) {
    return version -> version.gone(now) ? version : version.deletedAt(now);
  }
}
