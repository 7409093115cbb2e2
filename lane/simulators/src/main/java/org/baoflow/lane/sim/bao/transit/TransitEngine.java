package org.baoflow.lane.sim.bao.transit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoflow.lane.sim.bao.logical.BaoRequest;
import org.baoflow.lane.sim.bao.logical.BaoResponse;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.bao.logical.Envelope;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.seal.SealMismatchException;
import org.baoflow.lane.sim.bao.seal.TransitKeyName;
import org.baoflow.lane.sim.bao.seal.TransitKeyRing;

/**
 * The Transit secrets engines of the infra server, for the paths a transit seal and its operator
 * use: {@code <mount>/keys/<name>} (read, create), {@code <mount>/keys/<name>/rotate}, {@code
 * <mount>/encrypt/<name>} and {@code <mount>/decrypt/<name>}, with OpenBao's bodies and errors.
 * Every request passes the token's policy first; writing to a key that does not exist is a {@code
 * create}, so the seal policy (only {@code update}) cannot create keys, as in OpenBao.
 */
final class TransitEngine {

  private static final String KEY_TYPE = "aes256-gcm96";
  private static final Pattern ROUTE =
      Pattern.compile(
          "(?<mount>.+)/(?<kind>keys|encrypt|decrypt)/(?<name>[^/]+)(?<rotate>/rotate)?");
  private static final Pattern CIPHERTEXT_VERSION = Pattern.compile("v[1-9][0-9]{0,8}");

  private final String serverAddress;
  private final TransitKeyRing ring;
  private final InfraTokens tokens;
  private final Clock clock;
  private final Set<String> mounts = ConcurrentHashMap.newKeySet();
  private final Map<TransitKeyName, String> ringTokens = new ConcurrentHashMap<>();
  private final Map<TransitKeyName, Map<Integer, Long>> versionTimes = new ConcurrentHashMap<>();

  TransitEngine(String serverAddress, TransitKeyRing ring, InfraTokens tokens, Clock clock) {
    this.serverAddress = serverAddress;
    this.ring = ring;
    this.tokens = tokens;
    this.clock = clock;
  }

  /** The ring's name for a key of this server. */
  TransitKeyName keyName(String mount, String key) {
    return new TransitKeyName(serverAddress, mount, key);
  }

  /**
   * Mounts Transit at the key's mount unless it is there and creates the key; creating an existing
   * key changes nothing.
   */
  void createKey(TransitKeyName name) {
    mounts.add(name.mountPath());
    ring.createKey(name);
  }

  /** Adds a version to an existing key; returns the new latest version. */
  int rotate(TransitKeyName name) {
    return ring.rotate(name);
  }

  /** Answers one logical request. */
  BaoResponse handle(BaoRequest request) {
    Matcher route = ROUTE.matcher(request.path());
    if (!route.matches() || !mounts.contains(route.group("mount"))) {
      return authorized(request, request.operation())
          ? BaoResponse.error(404, List.of("no handler for route \"" + request.path() + "\""))
          : BaoResponse.permissionDenied();
    }
    TransitKeyName name = keyName(route.group("mount"), route.group("name"));
    String kind = route.group("kind");
    boolean rotate = route.group("rotate") != null;
    if (rotate && !kind.equals("keys")) {
      return BaoResponse.notFound();
    }
    Capability operation = operation(request.operation(), kind, rotate, name);
    if (!authorized(request, operation)) {
      return BaoResponse.permissionDenied();
    }
    if (operation == Capability.READ && kind.equals("keys") && !rotate) {
      return readKey(name);
    }
    if (operation != Capability.UPDATE && operation != Capability.CREATE) {
      return BaoResponse.unsupported();
    }
    if (rotate) {
      return rotateKey(name);
    }
    return switch (kind) {
      case "keys" -> createKey(name, request.data());
      case "encrypt" -> encrypt(name, request.data());
      default -> decrypt(name, request.data());
    };
  }

  private boolean authorized(BaoRequest request, Capability operation) {
    return tokens.allows(request.token(), request.path(), operation);
  }

  /** OpenBao's existence check: writing to a key that does not exist yet creates it. */
  private Capability operation(
      Capability requested, String kind, boolean rotate, TransitKeyName name) {
    boolean creates = !rotate && (kind.equals("keys") || kind.equals("encrypt"));
    if (requested == Capability.UPDATE && creates && !ring.exists(name)) {
      return Capability.CREATE;
    }
    return requested;
  }

  private BaoResponse readKey(TransitKeyName name) {
    if (!ring.exists(name)) {
      return BaoResponse.notFound();
    }
    return Envelope.data(keyInfo(name));
  }

  private BaoResponse createKey(TransitKeyName name, ObjectNode data) {
    String type = Json.text(data, "type");
    if (!type.isEmpty() && !type.equals(KEY_TYPE)) {
      return BaoResponse.badRequest("unknown key type: " + type);
    }
    ring.createKey(name);
    return Envelope.data(keyInfo(name));
  }

  private BaoResponse rotateKey(TransitKeyName name) {
    if (!ring.exists(name)) {
      return BaoResponse.badRequest("key not found");
    }
    rotate(name);
    return Envelope.data(keyInfo(name));
  }

  private BaoResponse encrypt(TransitKeyName name, ObjectNode data) {
    if (!data.hasNonNull("plaintext")) {
      return BaoResponse.badRequest("missing plaintext to encrypt");
    }
    byte[] plaintext;
    try {
      plaintext = Base64.getDecoder().decode(Json.text(data, "plaintext"));
    } catch (IllegalArgumentException e) {
      return BaoResponse.badRequest("failed to base64-decode plaintext");
    }
    // Only a token allowed to create reaches here for a missing key: encrypt upserts it.
    ring.createKey(name);
    String ciphertext = ring.encrypt(ringToken(name), name, plaintext);
    ObjectNode result = Json.object();
    result.put("ciphertext", ciphertext);
    result.put("key_version", ring.latestVersion(name));
    return Envelope.data(result);
  }

  private BaoResponse decrypt(TransitKeyName name, ObjectNode data) {
    String ciphertext = Json.text(data, "ciphertext");
    if (ciphertext.isEmpty()) {
      return BaoResponse.badRequest("missing ciphertext to decrypt");
    }
    if (!ring.exists(name)) {
      return BaoResponse.badRequest("encryption key not found");
    }
    Optional<String> invalid = invalidCiphertext(ciphertext, ring.latestVersion(name));
    if (invalid.isPresent()) {
      return BaoResponse.badRequest(invalid.get());
    }
    try {
      byte[] plaintext = ring.decrypt(ringToken(name), name, ciphertext);
      return Envelope.data(
          Json.strings(Map.of("plaintext", Base64.getEncoder().encodeToString(plaintext))));
    } catch (SealMismatchException e) {
      return BaoResponse.badRequest("cipher: message authentication failed");
    }
  }

  /** Transit's own checks of a {@code vault:v<N>:<base64>} string, with its messages. */
  private static Optional<String> invalidCiphertext(String ciphertext, int latestVersion) {
    if (!ciphertext.startsWith("vault:")) {
      return Optional.of("invalid ciphertext: no prefix");
    }
    String[] parts = ciphertext.split(":", 3);
    if (parts.length != 3) {
      return Optional.of("invalid ciphertext: wrong number of fields");
    }
    if (!CIPHERTEXT_VERSION.matcher(parts[1]).matches()) {
      return Optional.of("invalid ciphertext: version number could not be decoded");
    }
    if (Integer.parseInt(parts[1].substring(1)) > latestVersion) {
      return Optional.of("invalid ciphertext: version is too new");
    }
    try {
      Base64.getDecoder().decode(parts[2]);
    } catch (IllegalArgumentException e) {
      return Optional.of("invalid ciphertext: could not decode base64");
    }
    return Optional.empty();
  }

  /** The engine's own grant on the ring; the caller's token was checked against its policy. */
  private String ringToken(TransitKeyName name) {
    return ringTokens.computeIfAbsent(name, ring::issueToken);
  }

  private ObjectNode keyInfo(TransitKeyName name) {
    int latest = ring.latestVersion(name);
    Map<Integer, Long> times = versionTimes.computeIfAbsent(name, key -> new ConcurrentHashMap<>());
    ObjectNode keys = Json.object();
    for (int version = 1; version <= latest; version++) {
      keys.put(
          Integer.toString(version),
          times.computeIfAbsent(version, v -> clock.instant().getEpochSecond()));
    }
    ObjectNode info = Json.object();
    info.put("allow_plaintext_backup", false);
    info.put("auto_rotate_period", 0);
    info.put("deletion_allowed", false);
    info.put("derived", false);
    info.put("exportable", false);
    info.put("imported_key", false);
    info.set("keys", keys);
    info.put("latest_version", latest);
    info.put("min_available_version", 0);
    info.put("min_decryption_version", 1);
    info.put("min_encryption_version", 0);
    info.put("name", name.keyName());
    info.put("supports_decryption", true);
    info.put("supports_derivation", true);
    info.put("supports_encryption", true);
    info.put("supports_signing", false);
    info.put("type", KEY_TYPE);
    return info;
  }
}
