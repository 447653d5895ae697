package org.acme.users.adapter.web;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.EnumSet;
import org.acme.users.adapter.web.contract.ApiUnderTest;
import org.acme.users.adapter.web.contract.UnexpectedFailureEndpoint;
import org.acme.users.adapter.web.metrics.PrometheusEndpoint;
import org.acme.users.adapter.web.metrics.ServerObservation;
import org.acme.users.adapter.web.problem.ProblemErrorReportValve;
import org.acme.users.adapter.web.security.WebSecurity;
import org.acme.users.application.service.ChangeUserService;
import org.acme.users.application.service.CheckHealthService;
import org.acme.users.application.service.DeleteUserService;
import org.acme.users.application.service.FindUserByEmailService;
import org.acme.users.application.service.GetOwnUserService;
import org.acme.users.application.service.GetUserService;
import org.acme.users.application.service.ListUsersService;
import org.acme.users.application.service.RegisterUserService;
import org.acme.users.domain.model.UserIdGenerator;
import org.acme.users.testkit.memory.InMemoryUserRepository;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The web adapter alone on an embedded Tomcat, over the real application services and the in-memory repository,
 * with what the service adds around it: the error report valve, the observation filter and {@code /metrics}; and,
 * for tests, {@link FailureOutsideSpringMvc} and {@link TextBodyEndpoint}.
 */
public final class InMemoryWebServer implements ApiUnderTest {

    private final InMemoryUserRepository repository = new InMemoryUserRepository();
    private final GenericApplicationContext services = new GenericApplicationContext();
    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Tomcat tomcat = new Tomcat();

    private InMemoryWebServer() {
    }

    public static InMemoryWebServer start(Clock clock) throws LifecycleException {
        return start(clock, WebSecurity.open());
    }

    /** With the authentication, limits and origins of {@code security}. */
    public static InMemoryWebServer start(Clock clock, WebSecurity security) throws LifecycleException {
        InMemoryWebServer server = new InMemoryWebServer();
        server.registerServices(clock, security);
        server.startTomcat(security);
        return server;
    }

    private void registerServices(Clock clock, WebSecurity security) {
        services.registerBean(WebSecurity.class, () -> security);
        services.registerBean(RegisterUserService.class,
                () -> new RegisterUserService(repository, UserIdGenerator.systemDefault(), clock));
        services.registerBean(GetUserService.class, () -> new GetUserService(repository));
        services.registerBean(GetOwnUserService.class, () -> new GetOwnUserService(repository));
        services.registerBean(FindUserByEmailService.class, () -> new FindUserByEmailService(repository));
        services.registerBean(ListUsersService.class, () -> new ListUsersService(repository));
        services.registerBean(ChangeUserService.class, () -> new ChangeUserService(repository, clock));
        services.registerBean(DeleteUserService.class, () -> new DeleteUserService(repository));
        services.registerBean(CheckHealthService.class, () -> new CheckHealthService(repository));
        services.registerBean(PrometheusMeterRegistry.class, () -> meters);
        services.refresh();
    }

    private void startTomcat(WebSecurity security) throws LifecycleException {
        try {
            tomcat.setBaseDir(Files.createTempDirectory("web-adapter-tomcat").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        ((StandardHost) tomcat.getHost()).setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        AnnotationConfigWebApplicationContext web = new AnnotationConfigWebApplicationContext();
        web.setParent(services);
        web.register(WebConfiguration.class, PrometheusEndpoint.class, UnexpectedFailureEndpoint.class,
                TextBodyEndpoint.class);
        Context context = tomcat.addContext("", null);
        context.addServletContainerInitializer((classes, servletContext) -> {
            WebFilters.addTo(servletContext, security);
            ServerObservation.addTo(servletContext, observations);
            servletContext.addFilter("failureOutsideSpringMvc", new FailureOutsideSpringMvc())
                    .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, FailureOutsideSpringMvc.PATH);
            var dispatcher = servletContext.addServlet("dispatcher", new DispatcherServlet(web));
            dispatcher.setLoadOnStartup(1);
            dispatcher.addMapping("/");
        }, null);
        tomcat.start();
    }

    @Override
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + tomcat.getConnector().getLocalPort());
    }

    @Override
    public String adapterName() {
        return "memory";
    }

    @Override
    public void cutDatabase() {
        repository.setReachable(false);
    }

    @Override
    public void restoreDatabase() {
        repository.setReachable(true);
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        } finally {
            services.close();
        }
    }
}
