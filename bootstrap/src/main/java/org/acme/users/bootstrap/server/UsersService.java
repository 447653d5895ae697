package org.acme.users.bootstrap.server;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.acme.users.adapter.web.WebConfiguration;
import org.acme.users.adapter.web.metrics.PrometheusEndpoint;
import org.acme.users.adapter.web.security.WebSecurity;
import org.acme.users.bootstrap.config.Settings;
import org.acme.users.bootstrap.observability.MetricsConfiguration;
import org.acme.users.bootstrap.wiring.ApplicationConfiguration;
import org.acme.users.bootstrap.wiring.PersistenceConfiguration;
import org.acme.users.domain.port.DatabaseHealth;
import org.acme.users.domain.port.DatabaseStatus;
import org.acme.users.persistence.spi.InvalidSettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;

/**
 * The running service: a Spring context with the chosen adapter and the use cases, built and checked
 * before the port opens, then the web adapter in a child context behind an embedded Tomcat.
 */
public final class UsersService implements AutoCloseable {

    /** How long {@link #close} lets requests in flight finish before it stops anyway. */
    static final Duration IN_FLIGHT_GRACE = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(UsersService.class);

    private final AnnotationConfigApplicationContext core;
    private final AnnotationConfigWebApplicationContext web;
    private final EmbeddedTomcat tomcat;
    private boolean closed;

    private UsersService(AnnotationConfigApplicationContext core, AnnotationConfigWebApplicationContext web,
            EmbeddedTomcat tomcat) {
        this.core = core;
        this.web = web;
        this.tomcat = tomcat;
    }

    /**
     * Starts everything or nothing: a failure closes what was started and is thrown.
     *
     * @param extraWebConfigurations more classes for the web context; tests add endpoints with them
     */
    public static UsersService start(Settings settings, Class<?>... extraWebConfigurations) {
        AnnotationConfigApplicationContext core = new AnnotationConfigApplicationContext();
        core.registerBean(Settings.class, () -> settings);
        core.registerBean(WebSecurity.class, () -> settings.security().web());
        core.register(ApplicationConfiguration.class, MetricsConfiguration.class, PersistenceConfiguration.class);
        AnnotationConfigWebApplicationContext web = new AnnotationConfigWebApplicationContext();
        try {
            core.refresh();
            web.setParent(core);
            web.register(WebConfiguration.class, PrometheusEndpoint.class);
            if (extraWebConfigurations.length > 0) {
                web.register(extraWebConfigurations);
            }
            if (settings.security().openWithoutAuth()) {
                LOG.warn("AUTH=none on {}, an address other machines reach: anyone who reaches it may read, change and"
                        + " remove every user", settings.host());
            }
            UsersService service = new UsersService(core, web, EmbeddedTomcat.start(settings, web));
            service.logStarted(settings);
            return service;
        } catch (RuntimeException failure) {
            web.close();
            core.close();
            throw invalidSettingIn(failure).orElse(failure);
        }
    }

    /** Spring wraps a bean's failure in its own exceptions; the setting to fix is the news. */
    private static Optional<RuntimeException> invalidSettingIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidSettingException invalid) {
                return Optional.of(invalid);
            }
        }
        return Optional.empty();
    }

    public int port() {
        return tomcat.port();
    }

    public URI baseUri() {
        return URI.create("http://" + tomcat.host() + ":" + port());
    }

    /**
     * Stops taking requests, lets those in flight finish (bounded), then closes the contexts and the pools.
     *
     * @throws IllegalStateException after closing everything, if requests were still in flight when the grace ended
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        LOG.info("Shutting down: no new requests, waiting up to {} s for those in flight", IN_FLIGHT_GRACE.toSeconds());
        boolean drained;
        try {
            drained = tomcat.stopGracefully(IN_FLIGHT_GRACE);
        } finally {
            web.close();
            core.close();
        }
        if (!drained) {
            throw new IllegalStateException("requests still in flight after " + IN_FLIGHT_GRACE.toSeconds()
                    + " s were cut off");
        }
        LOG.info("Stopped");
    }

    private void logStarted(Settings settings) {
        DatabaseStatus database = core.getBean(DatabaseHealth.class).check();
        long startUpMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        LOG.info("Users service started: adapter={} database={} listening on {} (started in {} ms)",
                settings.persistence().name(), database.database(), baseUri(), startUpMillis);
    }
}
