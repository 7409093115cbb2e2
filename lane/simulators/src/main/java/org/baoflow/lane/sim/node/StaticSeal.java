package org.baoflow.lane.sim.node;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code seal "static"}: a 32-byte key given literally or as an {@code env://} or {@code file://}
 * reference, with an id that must always name the same key; the previous key decrypts data wrapped
 * before a rotation. {@link #toString()} leaves the key values out.
 */
public record StaticSeal(
    String currentKeyId,
    String currentKey,
    Optional<String> previousKeyId,
    Optional<String> previousKey,
    boolean disabled)
    implements SealConfig {

  private static final Set<String> KEYS =
      SealConfig.withCommonKeys(
          List.of("current_key_id", "current_key", "previous_key_id", "previous_key"));

  @Override
  public String type() {
    return "static";
  }

  static StaticSeal parse(ConfigBody body) {
    body.allowOnly(KEYS, Set.of());
    Optional<String> previousKey = body.string("previous_key").filter(key -> !key.isEmpty());
    Optional<String> previousKeyId = body.string("previous_key_id").filter(id -> !id.isEmpty());
    if (previousKey.isPresent() != previousKeyId.isPresent()) {
      throw body.error(
          "static seal: previous_key and previous_key_id must be set together in " + body.name());
    }
    return new StaticSeal(
        body.requiredString("current_key_id"),
        body.requiredString("current_key"),
        previousKeyId,
        previousKey,
        SealConfig.disabled(body));
  }

  @Override
  public String toString() {
    return "StaticSeal[currentKeyId="
        + currentKeyId
        + ", previousKeyId="
        + previousKeyId.orElse("")
        + ", disabled="
        + disabled
        + "]";
  }
}
