package org.baoflow.lane.sim.kube;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.crud.KubernetesCrudDispatcherException;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.zjsonpatch.JsonPatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * fabric8's CRUD store extended with what the lane needs from a real API server: server-side apply,
 * status subresources for built-in kinds, 409 on stale status writes, StatefulSet field
 * immutability and ownerReference cascade on delete.
 */
final class LaneStore extends KubernetesCrudDispatcher {
  // Checks read the stored object before the write they guard; one writer at a time keeps the
  // check and the write atomic (the parent's own lock covers each step, not the pair).
  private final ReentrantLock writes = new ReentrantLock();
  private final ObjectMapper mapper = context.getMapper();
  private final OwnerCascade cascade = new OwnerCascade();
  private final ServerSideApply serverSideApply = new ServerSideApply(mapper, this);

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    Optional<ApiPath> parsed = ApiPath.parse(request.getPath());
    if (parsed.isEmpty()) {
      return super.dispatch(request);
    }
    ApiPath path = parsed.get();
    if (request.method() == HttpMethod.GET) {
      return super.dispatch(request);
    }
    String body = request.getUtf8Body();
    RecordedRequest replay = InternalRequest.replay(request, body);
    writes.lock();
    try {
      return switch (request.method()) {
        case POST -> create(path, replay, body);
        case PUT -> update(path, replay, body);
        case PATCH ->
            ServerSideApply.isApply(request)
                ? serverSideApply.apply(path, body)
                : patch(path, replay, body);
        case DELETE -> delete(path, request.getPath());
        default -> super.dispatch(replay);
      };
    } catch (ApiRejection e) {
      return e.toResponse();
    } finally {
      writes.unlock();
    }
  }

  @Override
  public boolean isStatusSubresourceEnabledForResource(String path) {
    return super.isStatusSubresourceEnabledForResource(path)
        || ApiPath.parse(path).map(StatusSubresource::builtIn).orElse(false);
  }

  /** The stored object {@code path} names, or null. */
  JsonNode current(ApiPath path) {
    if (path.name() == null) {
      return null;
    }
    Map.Entry<AttributeSet, String> entry = findResource(getKey(path.objectPath()));
    return entry == null ? null : mapper.readTree(entry.getValue());
  }

  MockResponse createDirect(ApiPath path, ObjectNode object) {
    cascade.learn(path, object);
    return handleCreate(
        InternalRequest.json(HttpMethod.POST, path.collectionPath(), object.toString()));
  }

  MockResponse updateDirect(ApiPath path, JsonNode current, ObjectNode object) {
    if (StatefulSetImmutability.appliesTo(path)) {
      StatefulSetImmutability.check(path, current, object);
    }
    cascade.learn(path, object);
    MockResponse response =
        handleUpdate(InternalRequest.json(HttpMethod.PUT, path.objectPath(), object.toString()));
    cascadeIfGone(path, current);
    return response;
  }

  private MockResponse create(ApiPath path, RecordedRequest request, String body) {
    parse(body).ifPresent(object -> cascade.learn(path, object));
    return handleCreate(request);
  }

  private MockResponse update(ApiPath path, RecordedRequest request, String body) {
    JsonNode current = current(path);
    Optional<JsonNode> parsed = parse(body);
    if (current == null || parsed.isEmpty() || !(parsed.get() instanceof ObjectNode updated)) {
      return handleUpdate(request);
    }
    if (path.isStatus()) {
      StatusSubresource.rejectStale(path, current, updated);
      return handleUpdate(request);
    }
    ManagedFields.carryOver(current, updated);
    return updateDirect(path, current, updated);
  }

  private MockResponse patch(ApiPath path, RecordedRequest request, String body) {
    JsonNode current = current(path);
    if (current == null) {
      return handlePatch(request);
    }
    Optional<JsonNode> patched = preview(current, request.getHeader("Content-Type"), body);
    if (patched.isPresent() && path.isStatus()) {
      StatusSubresource.rejectStale(path, current, patched.get());
    } else if (patched.isPresent() && StatefulSetImmutability.appliesTo(path)) {
      StatefulSetImmutability.check(path, current, patched.get());
    }
    MockResponse response = handlePatch(request);
    cascadeIfGone(path, current);
    return response;
  }

  private MockResponse delete(ApiPath path, String rawPath) {
    JsonNode current = current(path);
    MockResponse response = handleDelete(rawPath);
    cascadeIfGone(path, current);
    return response;
  }

  /** Once an owner is really gone (not just marked, finalizers pending), its dependents go. */
  private void cascadeIfGone(ApiPath path, JsonNode before) {
    if (before == null) {
      return;
    }
    String uid = before.path("metadata").path("uid").asString("");
    JsonNode after = current(path);
    if (uid.isEmpty()
        || (after != null && uid.equals(after.path("metadata").path("uid").asString()))) {
      return;
    }
    for (String dependent : cascade.dependentsOf(uid, storedObjects())) {
      ApiPath.parse(dependent).ifPresent(p -> delete(p, dependent));
    }
  }

  private List<JsonNode> storedObjects() {
    List<JsonNode> objects = new ArrayList<>();
    for (String json : new ArrayList<>(map.values())) {
      objects.add(mapper.readTree(json));
    }
    return objects;
  }

  /** What a merge or JSON patch would make of {@code current}, if it applies cleanly. */
  private Optional<JsonNode> preview(JsonNode current, String contentType, String body) {
    try {
      if (String.valueOf(contentType).contains("json-patch")) {
        return Optional.of(JsonPatch.apply(mapper.readTree(body), current));
      }
      if (String.valueOf(contentType).contains("merge-patch")) {
        return Optional.of(merge(current, body));
      }
    } catch (KubernetesCrudDispatcherException | RuntimeException e) {
      // The parent handler answers malformed or failing patches with its own error.
      return Optional.empty();
    }
    return Optional.empty();
  }

  private Optional<JsonNode> parse(String body) {
    try {
      return Optional.of(mapper.readTree(body));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }
}
