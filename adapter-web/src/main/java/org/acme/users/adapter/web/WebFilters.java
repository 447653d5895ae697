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
import org.acme.users.adapter.web.security.ResponseHeadersFilter;
import org.acme.users.adapter.web.security.SecurityFilters;
import org.acme.users.adapter.web.security.WebSecurity;

/** Adds the filters that every request of the HTTP API passes, outermost first, in front of every servlet. */
public final class WebFilters {

    private WebFilters() {
    }

    /** With {@code security}'s filters after the request id, the access log and the safety net for failures. */
    public static void addTo(ServletContext servletContext, WebSecurity security) {
        add(servletContext, "requestId", new RequestIdFilter());
        add(servletContext, "responseHeaders", new ResponseHeadersFilter());
        add(servletContext, "accessLog", new AccessLogFilter());
        add(servletContext, "uncaughtFailure", new UncaughtFailureFilter());
        SecurityFilters.of(security).forEach((name, filter) -> add(servletContext, name, filter));
        add(servletContext, "bodySizeLimit", new BodySizeLimitFilter());
        add(servletContext, "readableRequest", new ReadableRequestFilter());
    }

    private static void add(ServletContext servletContext, String name, Filter filter) {
        FilterRegistration.Dynamic registration = servletContext.addFilter(name, filter);
        registration.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
    }
}
