package org.baoflow.lane.sim.node;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.baoflow.lane.sim.hcl.HclBlock;

/**
 * A declarative {@code audit "<type>" "<path>"} stanza: an audit device enabled at startup.
 *
 * @param options the device's options as strings, in file order
 */
public record AuditDevice(
    String type,
    String path,
    Optional<String> description,
    boolean local,
    Map<String, String> options) {

  /** Copies the options in file order. */
  public AuditDevice {
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }

  private static final Set<String> TYPES = Set.of("file", "socket", "syslog");

  static AuditDevice parse(HclBlock block) {
    ConfigBody body = ConfigBody.of(block);
    if (block.labels().size() != 2) {
      throw body.error("audit takes two labels, the device type and its path");
    }
    String type = block.labels().get(0);
    if (!TYPES.contains(type)) {
      throw body.error("unknown audit device type " + type);
    }
    body.allowOnly(Set.of("description", "local", "options"), Set.of("options"));
    Map<String, String> options = Map.of();
    Optional<ConfigBody> nested = body.nested("options");
    if (nested.isPresent()) {
      // Option names are the device's own; only their shape is checked: flat string values.
      nested.get().allowOnly(Set.copyOf(nested.get().body().keys()), Set.of());
      options = nested.get().stringAttributes();
    }
    return new AuditDevice(
        type,
        block.labels().get(1),
        body.string("description"),
        body.bool("local").orElse(false),
        options);
  }
}
