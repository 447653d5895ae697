package org.acme.users.adapter.web.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The kinds of problem the API reports, each with its own {@code type} URI. The URIs are {@code tag:} URIs
 * (RFC 4151), which RFC 9457 allows for types that are identifiers only: nothing is served at them.
 */
public enum ProblemType {
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request"),
    INVALID_USER_DATA(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-user-data", "Invalid user data"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required"),
    NOT_PERMITTED(HttpStatus.FORBIDDEN, "not-permitted", "Not permitted"),
    EMAIL_ALREADY_USED(HttpStatus.CONFLICT, "email-already-used", "E-mail address already used"),
    OWNER_ALREADY_REGISTERED(HttpStatus.CONFLICT, "owner-already-registered", "User already registered"),
    USER_NOT_FOUND(HttpStatus.NOT_FOUND, "user-not-found", "User not found"),
    RESOURCE_NOT_FOUND(HttpStatus.NOT_FOUND, "resource-not-found", "No such resource"),
    PRECONDITION_FAILED(HttpStatus.PRECONDITION_FAILED, "precondition-failed", "Precondition failed"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests"),
    TOKEN_KEYS_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "token-keys-unavailable", "Token keys unavailable"),
    DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable"),
    SERVICE_BUSY(HttpStatus.SERVICE_UNAVAILABLE, "service-busy", "Service busy"),
    SERVICE_STOPPING(HttpStatus.SERVICE_UNAVAILABLE, "service-stopping", "Service stopping"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error");

    private static final String TYPE_PREFIX = "tag:acme.org,2026:users/problems/";

    private final HttpStatus status;
    private final URI type;
    private final String title;

    ProblemType(HttpStatus status, String slug, String title) {
        this.status = status;
        this.type = URI.create(TYPE_PREFIX + slug);
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }
}
