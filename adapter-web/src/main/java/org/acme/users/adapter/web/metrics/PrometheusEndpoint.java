package org.acme.users.adapter.web.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /metrics}: every meter in Prometheus' text exposition format (version 0.0.4). */
@RestController
public class PrometheusEndpoint {

    public static final String PATH = "/metrics";
    /** What {@link PrometheusMeterRegistry#scrape()} writes. */
    static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    public PrometheusEndpoint(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @GetMapping(path = PATH)
    ResponseEntity<String> scrape() {
        return ResponseEntity.ok()
                .header("Content-Type", TEXT_FORMAT)
                .body(registry.scrape());
    }
}
