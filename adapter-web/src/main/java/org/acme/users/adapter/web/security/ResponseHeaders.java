package org.acme.users.adapter.web.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers of API.md that every response carries, errors included: nothing is cached, no content is sniffed,
 * no referrer leaves; and for the API's description in Swagger UI a Content-Security-Policy that lets the page load
 * and reach only this service.
 */
public final class ResponseHeaders {

    /**
     * Only this service, with one exception: Swagger UI's own stylesheet draws its icons (the copy button, the
     * arrows of lists, check boxes) as {@code data:} images, which come from nowhere else and cannot run anything.
     * Its scripts and styles load as files, so neither inline scripts or styles nor {@code eval} are allowed.
     */
    static final String DOCS_POLICY = "default-src 'self'; img-src 'self' data:; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'; object-src 'none'";

    private ResponseHeaders() {
    }

    /** @param path the request's path, decoded; {@code null} when the request never got so far as to have one */
    public static void addTo(HttpServletResponse response, String path) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (path != null && (path.equals("/docs") || path.startsWith("/docs/"))) {
            response.setHeader("Content-Security-Policy", DOCS_POLICY);
        }
    }
}
