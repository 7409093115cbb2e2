package org.baoflow.lane.sim.node;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.baoflow.lane.sim.hcl.HclBlock;

/**
 * The {@code telemetry} stanza.
 *
 * @param prometheusRetentionTime how long Prometheus metrics are kept; empty means not exported
 * @param attributes every setting as written
 */
public record Telemetry(
    Optional<String> prometheusRetentionTime,
    boolean disableHostname,
    Map<String, Object> attributes) {

  /** Copies the attributes in file order. */
  public Telemetry {
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  private static final Set<String> KEYS =
      Set.of(
          "prometheus_retention_time",
          "disable_hostname",
          "enable_hostname_label",
          "usage_gauge_period",
          "maximum_gauge_cardinality",
          "lease_metrics_epsilon",
          "num_lease_metrics_buckets",
          "add_lease_metrics_namespace_labels",
          "metrics_prefix",
          "statsite_address",
          "statsd_address",
          "filter_default",
          "prefix_filter");

  static Telemetry parse(HclBlock block) {
    ConfigBody body = ConfigBody.of(block);
    if (!block.labels().isEmpty()) {
      throw body.error("telemetry takes no labels");
    }
    body.allowOnly(KEYS, Set.of());
    return new Telemetry(
        body.string("prometheus_retention_time"),
        body.bool("disable_hostname").orElse(false),
        body.attributes());
  }
}
