package org.acme.users.adapter.web.metrics;

import io.micrometer.observation.ObservationRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import java.util.EnumSet;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Times every HTTP exchange with Spring's observation filter: timer {@value #TIMER} tagged with {@code method},
 * {@code uri} (the route template such as {@code /api/users/{id}}, never the raw path), {@code status},
 * {@code outcome} and {@code exception}.
 */
public final class ServerObservation {

    public static final String TIMER = "http.server.requests";

    private ServerObservation() {
    }

    /** Adds the filter in front of the ones already added, so that the timing covers them too. */
    public static void addTo(ServletContext servletContext, ObservationRegistry observations) {
        FilterRegistration.Dynamic registration =
                servletContext.addFilter("serverObservation", new ServerHttpObservationFilter(observations));
        registration.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    }
}
