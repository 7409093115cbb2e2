package org.baoflow.lane.sim.bao.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baoflow.lane.sim.bao.logical.Json;
import org.baoflow.lane.sim.bao.storage.LogicalStorage;

/**
 * Service tokens: creation, lookup (an expired token is gone), lookup-self data and revoke.
 *
 * <p>Each token lives in the node's storage at {@code sys/token/id/<hash>}, as OpenBao keeps it:
 * the key is the SHA-256 of the token id, so neither a key listing nor a snapshot reveals a usable
 * token, and the stored entry leaves the id out.
 */
public final class TokenStore {

  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final JsonEntries tokens;

  /**
   * @param storage the node's logical storage; the tokens are kept under {@code sys/token/id/}
   */
  public TokenStore(Clock clock, LogicalStorage storage) {
    this.clock = clock;
    this.tokens = new JsonEntries(storage).under("sys/token/id/");
  }

  /** A root token: policy {@code root}, path {@code auth/token/root}, no expiry. */
  public TokenEntry createRoot() {
    return create(
        List.of(PolicyStore.ROOT), "auth/token/root", "root", Map.of(), "", Duration.ZERO);
  }

  /** A service token; a zero ttl never expires. */
  public TokenEntry create(
      List<String> policies,
      String path,
      String displayName,
      Map<String, String> meta,
      String entityId,
      Duration ttl) {
    TokenEntry entry =
        new TokenEntry(
            "hvs." + randomText(24),
            randomText(24),
            policies.stream().distinct().sorted().toList(),
            path,
            displayName,
            meta,
            entityId,
            clock.instant().truncatedTo(ChronoUnit.SECONDS),
            ttl);
    tokens.put(key(entry.id()), entry.toStored());
    return entry;
  }

  /** The live token with this id; expired tokens are removed and never returned. */
  public Optional<TokenEntry> lookup(String id) {
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    String key = key(id);
    Optional<TokenEntry> entry = tokens.get(key).map(stored -> TokenEntry.fromStored(id, stored));
    if (entry.isPresent()
        && entry.get().expires()
        && !clock.instant().isBefore(entry.get().expiresAt())) {
      tokens.delete(key);
      return Optional.empty();
    }
    return entry;
  }

  public void revoke(String id) {
    tokens.delete(key(id));
  }

  /** The storage key of a token: the hash of its id, never the id itself. */
  private static String key(String id) {
    return Sha256.hex(id);
  }

  /** {@code auth/token/lookup-self} data, reference §4.5. */
  ObjectNode lookupData(TokenEntry entry) {
    ObjectNode data = Json.object();
    data.put("accessor", entry.accessor());
    data.put("creation_time", entry.createdAt().getEpochSecond());
    data.put("creation_ttl", entry.ttl().toSeconds());
    data.put("display_name", entry.displayName());
    data.put("entity_id", entry.entityId());
    if (entry.expires()) {
      data.put("expire_time", DateTimeFormatter.ISO_INSTANT.format(entry.expiresAt()));
    } else {
      data.putNull("expire_time");
    }
    data.put("explicit_max_ttl", 0);
    data.put("id", entry.id());
    if (entry.expires()) {
      data.put("issue_time", DateTimeFormatter.ISO_INSTANT.format(entry.createdAt()));
    }
    if (entry.meta().isEmpty()) {
      data.putNull("meta");
    } else {
      data.set("meta", Json.strings(entry.meta()));
    }
    data.put("num_uses", 0);
    data.put("orphan", true);
    data.put("path", entry.path());
    data.set("policies", Json.array(entry.policies()));
    if (entry.expires()) {
      data.put("renewable", true);
    }
    data.put("ttl", remainingSeconds(entry));
    data.put("type", "service");
    return data;
  }

  private long remainingSeconds(TokenEntry entry) {
    if (!entry.expires()) {
      return 0;
    }
    Instant now = clock.instant();
    return Math.max(0, Duration.between(now, entry.expiresAt()).toSeconds());
  }

  private String randomText(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}
