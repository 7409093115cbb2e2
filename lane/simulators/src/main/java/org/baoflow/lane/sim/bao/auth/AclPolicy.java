package org.baoflow.lane.sim.bao.auth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.baoflow.lane.sim.bao.logical.Capability;
import org.baoflow.lane.sim.hcl.HclAttribute;
import org.baoflow.lane.sim.hcl.HclBlock;
import org.baoflow.lane.sim.hcl.HclBody;
import org.baoflow.lane.sim.hcl.HclItem;
import org.baoflow.lane.sim.hcl.HclParser;
import org.baoflow.lane.sim.hcl.HclSyntaxException;

/**
 * A named ACL policy: its HCL text and the path rules parsed from it with the lane's strict HCL
 * parser.
 */
public record AclPolicy(String name, String text, List<PathRule> rules) {

  public AclPolicy {
    rules = List.copyOf(rules);
  }

  /**
   * Parses policy HCL: only {@code path "<pattern>"} blocks with a {@code capabilities} list.
   *
   * @throws PolicyParseException with OpenBao's {@code failed to parse policy: ...} wording
   */
  public static AclPolicy parse(String name, String text) throws PolicyParseException {
    HclBody body;
    try {
      body = HclParser.parse(text);
    } catch (HclSyntaxException e) {
      throw new PolicyParseException("failed to parse policy: " + e.getMessage());
    }
    List<PathRule> rules = new ArrayList<>();
    for (HclItem item : body.items()) {
      if (!(item instanceof HclBlock block) || !block.type().equals("path")) {
        throw new PolicyParseException(
            "failed to parse policy: invalid key " + itemKey(item) + " on line " + line(item));
      }
      if (block.labels().size() != 1) {
        throw new PolicyParseException(
            "failed to parse policy: path block on line " + line(item) + " needs one path");
      }
      rules.add(new PathRule(block.labels().get(0), capabilities(block)));
    }
    return new AclPolicy(name, text, rules);
  }

  private static Set<Capability> capabilities(HclBlock block) throws PolicyParseException {
    Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
    for (HclItem item : block.body().items()) {
      if (!(item instanceof HclAttribute attribute) || !attribute.key().equals("capabilities")) {
        throw new PolicyParseException(
            "failed to parse policy: path "
                + block.labels().get(0)
                + ": invalid key "
                + itemKey(item)
                + " on line "
                + line(item));
      }
      if (!(attribute.value() instanceof List<?> values)) {
        throw new PolicyParseException(
            "failed to parse policy: path "
                + block.labels().get(0)
                + ": capabilities must be a list");
      }
      for (Object value : values) {
        capabilities.add(capability(String.valueOf(value)));
      }
    }
    return capabilities;
  }

  private static Capability capability(String name) throws PolicyParseException {
    for (Capability capability : Capability.values()) {
      if (capability.hclName().equals(name.toLowerCase(Locale.ROOT))) {
        return capability;
      }
    }
    throw new PolicyParseException(
        "failed to parse policy: invalid capability \"" + name + "\" in policy");
  }

  private static String itemKey(HclItem item) {
    return item instanceof HclBlock block ? block.type() : ((HclAttribute) item).key();
  }

  private static int line(HclItem item) {
    return item instanceof HclBlock block
        ? block.position().line()
        : ((HclAttribute) item).position().line();
  }
}
