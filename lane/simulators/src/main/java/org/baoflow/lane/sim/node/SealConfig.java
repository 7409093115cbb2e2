package org.baoflow.lane.sim.node;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.baoflow.lane.sim.hcl.HclBlock;

/** A {@code seal "<type>"} stanza: how the node wraps its root key. */
public sealed interface SealConfig permits StaticSeal, TransitSeal, KmsSeal {

  /** The seal type, the stanza's label: {@code static}, {@code transit}, {@code awskms}... */
  String type();

  /** Whether the stanza is marked {@code disabled}, as during a migration away from it. */
  boolean disabled();

  /** Reads a seal stanza by its type. */
  static SealConfig parse(HclBlock block) {
    ConfigBody body = ConfigBody.of(block);
    if (block.labels().size() != 1) {
      throw body.error("seal takes exactly one label, its type");
    }
    String type = block.labels().get(0);
    return switch (type) {
      case "static" -> StaticSeal.parse(body);
      case "transit" -> TransitSeal.parse(body);
      case "awskms", "gcpckms", "azurekeyvault" -> KmsSeal.parse(type, body);
      default -> throw body.error("unknown seal type " + type);
    };
  }

  /** Reads {@code disabled}, which every seal type takes. */
  static boolean disabled(ConfigBody body) {
    return body.bool("disabled").orElse(false);
  }

  /** The keys every seal type takes besides its own. */
  static Set<String> withCommonKeys(List<String> keys) {
    return Set.copyOf(Stream.concat(keys.stream(), Stream.of("disabled")).toList());
  }
}
