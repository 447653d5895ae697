package org.acme.users.bootstrap.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.acme.users.adapter.web.metrics.ServerObservation;
import org.acme.users.bootstrap.config.Settings;
import org.acme.users.domain.port.UserRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The service's meters, kept for Prometheus to scrape at {@code /metrics}: HTTP timings (through Spring's
 * observation filter), the repository port's timings, the connection pool's figures (registered by each
 * persistence configuration) and the JVM's.
 */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean(destroyMethod = "close")
    PrometheusMeterRegistry meterRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(LatencyBuckets.forTimersNamed(
                ServerObservation.TIMER, MeteredUserRepository.TIMER));
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }

    @Bean(destroyMethod = "close")
    JvmGcMetrics jvmGcMetrics(MeterRegistry registry) {
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        return gc;
    }

    @Bean
    ObservationRegistry observationRegistry(MeterRegistry meters) {
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        return observations;
    }

    /** The port the use cases get: the chosen adapter's repository ({@code userRepository}), timed. */
    @Bean
    @Primary
    UserRepository meteredUserRepository(@Qualifier("userRepository") UserRepository adapter, Settings settings,
            MeterRegistry meters) {
        return new MeteredUserRepository(adapter, settings.persistence().name(), meters);
    }
}
