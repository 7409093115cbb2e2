package org.baoflow.worker.metrics;

import com.codahale.metrics.DefaultSettableGauge;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.SettableGauge;
import com.uber.m3.tally.Buckets;
import com.uber.m3.tally.Capabilities;
import com.uber.m3.tally.CapableOf;
import com.uber.m3.tally.StatsReporter;
import com.uber.m3.util.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Bridges the Temporal SDK's metrics into a Dropwizard {@link MetricRegistry}: the SDK reports
 * through a Tally scope, whose reporter this is. Tally's tags become labels of a {@link MetricKey}.
 *
 * <p>Tally reports a counter as the increment since its last report, a gauge as its current value,
 * and a histogram as the number of samples per bucket since the last report; those samples enter a
 * Dropwizard histogram (or timer) at the bucket's upper bound, its lower bound for the unbounded
 * last bucket.
 */
public final class DropwizardStatsReporter implements StatsReporter {
  private final MetricRegistry registry;

  public DropwizardStatsReporter(MetricRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void reportCounter(String name, Map<String, String> tags, long value) {
    registry.counter(key(name, tags)).inc(value);
  }

  @Override
  public void reportGauge(String name, Map<String, String> tags, double value) {
    settableGauge(key(name, tags)).setValue(value);
  }

  @Override
  public void reportTimer(String name, Map<String, String> tags, Duration interval) {
    registry.timer(key(name, tags)).update(interval.getNanos(), TimeUnit.NANOSECONDS);
  }

  // Tally's interface declares the raw, deprecated Buckets type; an override must repeat it.
  @SuppressWarnings({"rawtypes", "deprecation"})
  @Override
  public void reportHistogramValueSamples(
      String name,
      Map<String, String> tags,
      Buckets buckets,
      double bucketLowerBound,
      double bucketUpperBound,
      long samples) {
    double value = Double.isInfinite(bucketUpperBound) ? bucketLowerBound : bucketUpperBound;
    var histogram = registry.histogram(key(name, tags));
    for (long i = 0; i < samples; i++) {
      histogram.update(Math.round(value));
    }
  }

  // Tally's interface declares the raw, deprecated Buckets type; an override must repeat it.
  @SuppressWarnings({"rawtypes", "deprecation"})
  @Override
  public void reportHistogramDurationSamples(
      String name,
      Map<String, String> tags,
      Buckets buckets,
      Duration bucketLowerBound,
      Duration bucketUpperBound,
      long samples) {
    Duration value =
        bucketUpperBound.equals(Duration.MAX_VALUE) ? bucketLowerBound : bucketUpperBound;
    var timer = registry.timer(key(name, tags));
    for (long i = 0; i < samples; i++) {
      timer.update(value.getNanos(), TimeUnit.NANOSECONDS);
    }
  }

  @Override
  public Capabilities capabilities() {
    return CapableOf.REPORTING_TAGGING;
  }

  @Override
  public void flush() {
    // Every report lands in the registry at once; there is no buffer to flush.
  }

  @Override
  public void close() {
    // The registry belongs to the process and outlives the scope.
  }

  private SettableGauge<Double> settableGauge(String name) {
    return registry.<DefaultSettableGauge<Double>>gauge(
        name, () -> new DefaultSettableGauge<>(0.0));
  }

  private static String key(String name, Map<String, String> tags) {
    return MetricKey.of(name, tags == null ? Map.of() : tags).encode();
  }
}
