package org.baoflow.worker.metrics;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.Histogram;
import com.codahale.metrics.Meter;
import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Snapshot;
import com.codahale.metrics.Timer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a Dropwizard {@link MetricRegistry} in the Prometheus text exposition format 0.0.4.
 * Registry names written by {@link MetricKey} keep their labels; other names are sanitized.
 *
 * <ul>
 *   <li>counter and meter: {@code counter} with the count (Prometheus derives rates itself);
 *   <li>numeric or boolean gauge: {@code gauge}; other gauges are left out;
 *   <li>histogram: {@code summary} with quantiles 0.5, 0.75, 0.95, 0.99 and {@code _count};
 *   <li>timer: {@code summary} in seconds, its name ending in {@code _seconds}.
 * </ul>
 */
public final class PrometheusTextFormat {
  /** The {@code Content-Type} of this format. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private static final List<Double> QUANTILES = List.of(0.5, 0.75, 0.95, 0.99);
  private static final double NANOS_PER_SECOND = 1e9;

  private PrometheusTextFormat() {}

  /** The whole registry, one family per name with its {@code # TYPE} line. */
  public static String render(MetricRegistry registry) {
    Map<String, Family> families = new TreeMap<>();
    // Sorted registry names give a stable order of series within each family.
    new TreeMap<>(registry.getMetrics())
        .forEach((name, metric) -> addSamples(families, MetricKey.parse(name), metric));
    StringBuilder out = new StringBuilder();
    families.forEach(
        (name, family) -> {
          out.append("# TYPE ").append(name).append(' ').append(family.type).append('\n');
          family.samples.forEach(
              (series, value) -> out.append(series).append(' ').append(format(value)).append('\n'));
        });
    return out.toString();
  }

  private static void addSamples(Map<String, Family> families, MetricKey key, Metric metric) {
    if (metric instanceof Counter counter) {
      family(families, key.name(), "counter").add(key, counter.getCount());
    } else if (metric instanceof Meter meter) {
      family(families, key.name(), "counter").add(key, meter.getCount());
    } else if (metric instanceof Gauge<?> gauge) {
      Object value = gauge.getValue();
      if (value instanceof Number number) {
        family(families, key.name(), "gauge").add(key, number.doubleValue());
      } else if (value instanceof Boolean flag) {
        family(families, key.name(), "gauge").add(key, flag ? 1 : 0);
      }
    } else if (metric instanceof Timer timer) {
      String name = key.name().endsWith("_seconds") ? key.name() : key.name() + "_seconds";
      summary(
          families, key.renamed(name), timer.getSnapshot(), timer.getCount(), 1 / NANOS_PER_SECOND);
    } else if (metric instanceof Histogram histogram) {
      summary(families, key, histogram.getSnapshot(), histogram.getCount(), 1);
    }
  }

  private static void summary(
      Map<String, Family> families, MetricKey key, Snapshot snapshot, long count, double scale) {
    Family family = family(families, key.name(), "summary");
    for (double quantile : QUANTILES) {
      family.add(
          key.with("quantile", Double.toString(quantile)), snapshot.getValue(quantile) * scale);
    }
    family.add(key.renamed(key.name() + "_count"), count);
  }

  private static Family family(Map<String, Family> families, String name, String type) {
    // Two Dropwizard kinds under one name would make an invalid exposition; the first wins.
    Family family = families.computeIfAbsent(name, unused -> new Family(type));
    return family.type.equals(type) ? family : new Family(type);
  }

  private static String format(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  /** The samples of one metric family, by their series line (name and labels). */
  private static final class Family {
    final String type;
    final Map<String, Double> samples = new LinkedHashMap<>();

    Family(String type) {
      this.type = type;
    }

    void add(MetricKey key, double value) {
      samples.put(key.encode(), value);
    }
  }
}
