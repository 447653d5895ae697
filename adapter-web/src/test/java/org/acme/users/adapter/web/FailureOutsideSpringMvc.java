package org.acme.users.adapter.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A test-only filter behind the API's own, failing at {@value #PATH} the way a bug in a filter (or in Spring MVC
 * before a handler is chosen) would: where the advice never sees the failure.
 */
public final class FailureOutsideSpringMvc extends HttpFilter {

    public static final String PATH = "/test/failure-outside-spring-mvc";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
        throw new IllegalStateException("a filter failed; the connection string was jdbc:x://secret");
    }
}
