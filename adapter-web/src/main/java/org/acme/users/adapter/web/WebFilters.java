package org.acme.users.adapter.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import java.util.EnumSet;
import org.acme.users.adapter.web.request.AccessLogFilter;
import org.acme.users.adapter.web.request.BodySizeLimitFilter;
import org.acme.users.adapter.web.request.ReadableRequestFilter;
import org.acme.users.adapter.web.request.RequestIdFilter;
import org.acme.users.adapter.web.request.UncaughtFailureFilter;

/** Adds the filters that every request of the HTTP API passes, outermost first, in front of every servlet. */
public final class WebFilters {

    private WebFilters() {
    }

    public static void addTo(ServletContext servletContext) {
        add(servletContext, "requestId", new RequestIdFilter());
        add(servletContext, "accessLog", new AccessLogFilter());
        add(servletContext, "uncaughtFailure", new UncaughtFailureFilter());
        add(servletContext, "bodySizeLimit", new BodySizeLimitFilter());
        add(servletContext, "readableRequest", new ReadableRequestFilter());
    }

    private static void add(ServletContext servletContext, String name, Filter filter) {
        FilterRegistration.Dynamic registration = servletContext.addFilter(name, filter);
        registration.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
    }
}
