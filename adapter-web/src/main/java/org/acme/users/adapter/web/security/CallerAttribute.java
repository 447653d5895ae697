package org.acme.users.adapter.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.acme.users.application.port.in.Caller;

/** Where {@link BearerTokenFilter} leaves the caller it established, for the controllers to pick up. */
final class CallerAttribute {

    private static final String NAME = CallerAttribute.class.getName();

    private CallerAttribute() {
    }

    static void set(HttpServletRequest request, Caller caller) {
        request.setAttribute(NAME, caller);
    }

    static Optional<Caller> of(HttpServletRequest request) {
        return Optional.ofNullable((Caller) request.getAttribute(NAME));
    }
}
