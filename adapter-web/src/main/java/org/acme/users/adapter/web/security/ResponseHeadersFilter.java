package org.acme.users.adapter.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Sets {@link ResponseHeaders} before anything else answers, so that no answer, an error neither, goes without them. */
public final class ResponseHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ResponseHeaders.addTo(response, request.getServletPath());
        chain.doFilter(request, response);
    }
}
