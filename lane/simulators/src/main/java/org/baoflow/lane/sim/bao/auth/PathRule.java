package org.baoflow.lane.sim.bao.auth;

import java.util.EnumSet;
import java.util.Set;
import org.baoflow.lane.sim.bao.logical.Capability;

/**
 * One {@code path "<pattern>" { capabilities = [...] }} stanza. A pattern ending in {@code *}
 * matches every path with that prefix; a {@code +} segment matches any single segment.
 */
public record PathRule(String pattern, Set<Capability> capabilities) {

  public PathRule {
    capabilities = Set.copyOf(capabilities.isEmpty() ? Set.of() : EnumSet.copyOf(capabilities));
  }

  boolean isGlob() {
    return pattern.endsWith("*") || pattern.contains("+");
  }

  boolean matches(String path) {
    String[] patternSegments = pattern.split("/", -1);
    String[] pathSegments = path.split("/", -1);
    int last = patternSegments.length - 1;
    for (int i = 0; i < last; i++) {
      if (i >= pathSegments.length || !segmentMatches(patternSegments[i], pathSegments[i])) {
        return false;
      }
    }
    String lastPattern = patternSegments[last];
    if (lastPattern.endsWith("*")) {
      if (pathSegments.length <= last) {
        return false;
      }
      String rest =
          String.join("/", java.util.Arrays.copyOfRange(pathSegments, last, pathSegments.length));
      return rest.startsWith(lastPattern.substring(0, lastPattern.length() - 1));
    }
    return pathSegments.length == patternSegments.length
        && segmentMatches(lastPattern, pathSegments[last]);
  }

  private static boolean segmentMatches(String pattern, String segment) {
    return pattern.equals("+") || pattern.equals(segment);
  }
}
