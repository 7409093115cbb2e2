package org.baoflow.lane.sim.bao.auth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.baoflow.lane.sim.bao.logical.Capability;

/**
 * The combined ACL of a token's policies, evaluated as OpenBao does: rules with the same pattern
 * merge across policies (a {@code deny} anywhere wins), an exact pattern beats every glob, and
 * among globs the most specific one decides. The {@code root} policy allows everything.
 */
public final class Acl {

  /**
   * Root-protected paths: besides the capability of the operation they need {@code sudo}. From the
   * system backend's {@code PathsSpecial.Root} and the sudo-checked special handlers.
   */
  private static final List<PathRule> ROOT_PROTECTED =
      List.of(
              "sys/auth/*",
              "sys/step-down",
              "sys/seal",
              "sys/remount",
              "sys/audit",
              "sys/audit/*",
              "sys/raw",
              "sys/raw/*",
              "sys/rotate",
              "sys/config/cors",
              "sys/config/auditing/*",
              "sys/config/ui/headers/*",
              "sys/plugins/catalog/*",
              "sys/revoke-prefix/*",
              "sys/revoke-force/*",
              "sys/leases/revoke-prefix/*",
              "sys/leases/revoke-force/*",
              "sys/leases/lookup/*")
          .stream()
          .map(pattern -> new PathRule(pattern, Set.of()))
          .toList();

  private final boolean root;
  private final Map<String, Set<Capability>> exact = new LinkedHashMap<>();
  private final List<PathRule> globs = new ArrayList<>();

  /** The ACL of the given policies; a policy named {@code root} makes it allow everything. */
  public Acl(List<AclPolicy> policies) {
    this.root = policies.stream().anyMatch(policy -> policy.name().equals(PolicyStore.ROOT));
    Map<String, Set<Capability>> globCapabilities = new LinkedHashMap<>();
    for (AclPolicy policy : policies) {
      for (PathRule rule : policy.rules()) {
        Map<String, Set<Capability>> target = rule.isGlob() ? globCapabilities : exact;
        target
            .computeIfAbsent(rule.pattern(), pattern -> EnumSet.noneOf(Capability.class))
            .addAll(rule.capabilities());
      }
    }
    globCapabilities.forEach((pattern, caps) -> globs.add(new PathRule(pattern, caps)));
    globs.sort(MOST_SPECIFIC_FIRST);
  }

  /** Whether the request may run: the operation's capability, plus sudo on protected paths. */
  public boolean allows(Capability operation, String path) {
    if (root) {
      return true;
    }
    Set<Capability> granted = capabilities(path);
    if (granted.contains(Capability.DENY) || !granted.contains(operation)) {
      return false;
    }
    return !isRootProtected(path) || granted.contains(Capability.SUDO);
  }

  /** The capabilities the ACL grants on the path; only {@code DENY} when it denies. */
  public Set<Capability> capabilities(String path) {
    if (root) {
      return EnumSet.complementOf(EnumSet.of(Capability.DENY));
    }
    Set<Capability> found =
        Optional.ofNullable(exact.get(path))
            .orElseGet(
                () ->
                    globs.stream()
                        .filter(rule -> rule.matches(path))
                        .findFirst()
                        .map(PathRule::capabilities)
                        .orElse(Set.of()));
    return found.contains(Capability.DENY) ? Set.of(Capability.DENY) : Set.copyOf(found);
  }

  /** Whether the path needs {@code sudo} in addition to the operation's capability. */
  public static boolean isRootProtected(String path) {
    return ROOT_PROTECTED.stream().anyMatch(rule -> rule.matches(path));
  }

  /**
   * OpenBao's glob priority: the later the first wildcard the better; a pattern without a trailing
   * {@code *} beats one with; fewer {@code +} segments win; then the longer pattern; then the
   * lexically larger one.
   */
  private static final Comparator<PathRule> MOST_SPECIFIC_FIRST =
      Comparator.<PathRule>comparingInt(rule -> firstWildcard(rule.pattern()))
          .thenComparing(rule -> !rule.pattern().endsWith("*"))
          .thenComparingInt(rule -> -plusSegments(rule.pattern()))
          .thenComparingInt(rule -> rule.pattern().length())
          .thenComparing(PathRule::pattern)
          .reversed();

  private static int firstWildcard(String pattern) {
    int plus = pattern.indexOf('+');
    int star = pattern.indexOf('*');
    if (plus < 0) {
      return star < 0 ? pattern.length() : star;
    }
    return star < 0 ? plus : Math.min(plus, star);
  }

  private static int plusSegments(String pattern) {
    return (int) java.util.Arrays.stream(pattern.split("/")).filter("+"::equals).count();
  }
}
