package org.acme.users.bootstrap.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import java.time.Duration;
import java.util.Set;

/**
 * Histogram buckets for the service's latency timers, so that Prometheus can compute percentiles and the share
 * of requests under a target ({@code histogram_quantile}, {@code _bucket{le="0.1"}}). A short fixed list rather
 * than Micrometer's ~70 default buckets keeps the scrape small.
 */
final class LatencyBuckets {

    private static final double[] SECONDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};

    private LatencyBuckets() {
    }

    static MeterFilter forTimersNamed(String... names) {
        Set<String> timers = Set.of(names);
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getType() != Meter.Type.TIMER || !timers.contains(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(nanos(SECONDS))
                        .build()
                        .merge(config);
            }
        };
    }

    private static double[] nanos(double[] seconds) {
        double[] nanos = new double[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            nanos[i] = Duration.ofMillis(Math.round(seconds[i] * 1000)).toNanos();
        }
        return nanos;
    }
}
