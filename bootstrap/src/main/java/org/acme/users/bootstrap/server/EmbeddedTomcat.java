package org.acme.users.bootstrap.server;

import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.acme.users.adapter.web.WebFilters;
import org.acme.users.adapter.web.metrics.ServerObservation;
import org.acme.users.adapter.web.problem.ProblemErrorReportValve;
import org.acme.users.bootstrap.config.CoreSettings;
import org.acme.users.bootstrap.config.Settings;
import org.acme.users.persistence.spi.InvalidSettingException;
import org.acme.users.persistence.spi.Setting;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

/** Tomcat 11 without Spring Boot: one context at the root, the API's filters, and the DispatcherServlet. */
final class EmbeddedTomcat {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    private final Tomcat tomcat;
    private final Path baseDirectory;
    private final String host;

    private EmbeddedTomcat(Tomcat tomcat, Path baseDirectory, String host) {
        this.tomcat = tomcat;
        this.baseDirectory = baseDirectory;
        this.host = host;
    }

    static EmbeddedTomcat start(Settings settings, WebApplicationContext web) {
        Path baseDirectory = temporaryBaseDirectory();
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(baseDirectory.toString());
        Connector connector = new Connector();
        connector.setPort(settings.port());
        connector.setProperty("address", settings.host());
        // Fail the start rather than log and carry on without a listening port.
        connector.setThrowOnFailure(true);
        // Bound when the connector starts rather than when it is created: only such a socket can be closed on its
        // own while requests in flight finish (see stopGracefully).
        connector.setProperty("bindOnInit", "false");
        // Tomcat closes a kept-alive connection after 100 requests by default, and the client pays a new TCP
        // handshake for it; idle connections still close after the keep-alive timeout.
        connector.setProperty("maxKeepAliveRequests", "-1");
        tomcat.setConnector(connector);
        ((StandardHost) tomcat.getHost()).setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        Context context = tomcat.addContext("", baseDirectory.toString());
        ((StandardContext) context).setFailCtxIfServletStartFails(true);
        context.addServletContainerInitializer((classes, servletContext) -> {
            WebFilters.addTo(servletContext, settings.security().web());
            ServerObservation.addTo(servletContext, web.getParent().getBean(ObservationRegistry.class));
            DispatcherServlet dispatcherServlet = new DispatcherServlet(web);
            // No listener takes the ServletRequestHandledEvent it would publish after every request.
            dispatcherServlet.setPublishEvents(false);
            var dispatcher = servletContext.addServlet("dispatcher", dispatcherServlet);
            // Built while Tomcat starts, so a broken web context fails the start instead of the first request.
            dispatcher.setLoadOnStartup(1);
            dispatcher.addMapping("/");
        }, null);
        EmbeddedTomcat embedded = new EmbeddedTomcat(tomcat, baseDirectory, settings.host());
        try {
            tomcat.start();
        } catch (LifecycleException | IllegalArgumentException failure) {
            embedded.destroy();
            String problem = rootMessage(failure);
            // Taken ports are the PORT's fault; an address that is not this machine's (or no address) is the HOST's.
            Setting setting = problem.contains("in use") ? CoreSettings.PORT : CoreSettings.HOST;
            throw new InvalidSettingException(setting.name(),
                    "cannot listen on " + settings.host() + ":" + settings.port() + ": " + problem, failure);
        }
        if (context.getState() != LifecycleState.STARTED) {
            embedded.destroy();
            throw new IllegalStateException("the web application did not start; see the log above");
        }
        return embedded;
    }

    int port() {
        return tomcat.getConnector().getLocalPort();
    }

    String host() {
        return host;
    }

    /**
     * Pauses the connector and closes its listening socket, so new connections are refused at once instead of
     * queueing unanswered; then waits for the busy worker threads up to {@code grace}, and stops.
     *
     * @return whether every request in flight had finished when it stopped
     */
    boolean stopGracefully(Duration grace) {
        Connector connector = tomcat.getConnector();
        connector.pause();
        connector.getProtocolHandler().closeServerSocketGraceful();
        Executor executor = connector.getProtocolHandler().getExecutor();
        Instant deadline = Instant.now().plus(grace);
        while (executor instanceof ThreadPoolExecutor pool && pool.getActiveCount() > 0
                && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(POLL_INTERVAL.toNanos());
        }
        boolean drained = !(executor instanceof ThreadPoolExecutor pool && pool.getActiveCount() > 0);
        destroy();
        return drained;
    }

    private void destroy() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException("Tomcat did not stop cleanly", e);
        } finally {
            deleteRecursively(baseDirectory);
        }
    }

    private static Path temporaryBaseDirectory() {
        try {
            return Files.createTempDirectory("users-service-tomcat");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create Tomcat's working directory", e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary directory is harmless.
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
