package org.baoflow.lane.sim.kube.auth;

import java.util.List;
import java.util.stream.Collectors;

/** Go's {@code %q} for a string and a string slice, which Kubernetes uses in its messages. */
final class GoQuoted {

  private GoQuoted() {}

  static String of(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String of(List<String> values) {
    return values.stream().map(GoQuoted::of).collect(Collectors.joining(" ", "[", "]"));
  }
}
