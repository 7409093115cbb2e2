package org.baoflow.lane.sim.pod;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The downward API's {@code fieldRef}s, for environment variables and downwardAPI volumes. */
final class FieldRefs {
  /** The pod's address in the lane: every pod listens on the loopback interface. */
  static final String POD_IP = "127.0.0.1";

  private static final Pattern SUBSCRIPT =
      Pattern.compile("metadata\\.(labels|annotations)\\['([^']+)'\\]");

  private FieldRefs() {}

  /**
   * The value of {@code fieldPath} for {@code pod}.
   *
   * @throws ContainerStartException for a field the downward API does not offer
   */
  static String value(Pod pod, String fieldPath) {
    Matcher subscript = SUBSCRIPT.matcher(fieldPath);
    if (subscript.matches()) {
      Map<String, String> map = map(pod, subscript.group(1));
      return map.getOrDefault(subscript.group(2), "");
    }
    return switch (fieldPath) {
      case "metadata.name" -> pod.getMetadata().getName();
      case "metadata.namespace" -> pod.getMetadata().getNamespace();
      case "metadata.uid" -> pod.getMetadata().getUid();
      case "metadata.labels" -> formatted(map(pod, "labels"));
      case "metadata.annotations" -> formatted(map(pod, "annotations"));
      case "spec.serviceAccountName" -> nullToEmpty(pod.getSpec().getServiceAccountName());
      case "spec.nodeName" -> nullToEmpty(pod.getSpec().getNodeName());
      case "status.podIP", "status.hostIP" -> POD_IP;
      default ->
          throw new ContainerStartException(
              "unsupported fieldPath " + fieldPath + " in the downward API");
    };
  }

  private static Map<String, String> map(Pod pod, String which) {
    Map<String, String> map =
        "labels".equals(which) ? pod.getMetadata().getLabels() : pod.getMetadata().getAnnotations();
    return map == null ? Map.of() : map;
  }

  /** A whole map as a downwardAPI file writes it: {@code key="value"} lines, sorted by key. */
  private static String formatted(Map<String, String> map) {
    return new TreeMap<>(map)
        .entrySet().stream()
            .map(e -> e.getKey() + "=\"" + e.getValue().replace("\"", "\\\"") + "\"")
            .collect(Collectors.joining("\n"));
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
