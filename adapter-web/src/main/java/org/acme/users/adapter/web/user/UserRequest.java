package org.acme.users.adapter.web.user;

/** The body of {@code POST} and {@code PUT /api/users}; absent fields arrive as null and fail the domain rules (422). */
public record UserRequest(String email, String name) {
}
