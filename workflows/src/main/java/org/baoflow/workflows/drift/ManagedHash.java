package org.baoflow.workflows.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A hash of the fields BaoFlow manages on an owned resource: its labels and its spec. The apply
 * activity hashes the object the API server returns after an apply, the watcher the object it
 * observes; equal hashes mean nobody changed a managed field since, so status writes (by BaoFlow or
 * the kubelet) never look like drift. Keys are sorted before hashing, so field order does not
 * matter.
 */
public final class ManagedHash {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ManagedHash() {}

  /** The hash of a resource given as JSON, in lower-case hex. */
  public static String of(String resourceJson) {
    try {
      return of(JSON.readTree(resourceJson));
    } catch (IOException e) {
      throw new UncheckedIOException("not a JSON object: " + e.getMessage(), e);
    }
  }

  /** The hash of a resource given as a JSON tree, in lower-case hex. */
  public static String of(JsonNode resource) {
    ObjectNode managed = JsonNodeFactory.instance.objectNode();
    managed.set("labels", sorted(resource.path("metadata").path("labels")));
    managed.set("spec", sorted(resource.path("spec")));
    return HexFormat.of().formatHex(sha256(managed.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      names.sort(null);
      names.forEach(name -> copy.set(name, sorted(node.get(name))));
      return copy;
    }
    if (node.isArray()) {
      var copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> copy.add(sorted(element)));
      return copy;
    }
    return node.isMissingNode() ? JsonNodeFactory.instance.nullNode() : node;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
