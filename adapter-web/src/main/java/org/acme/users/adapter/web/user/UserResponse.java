package org.acme.users.adapter.web.user;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A user as API.md shows it, timestamps already formatted to the millisecond. */
@JsonPropertyOrder({"id", "email", "name", "createdAt", "updatedAt", "version"})
public record UserResponse(String id, String email, String name, String createdAt, String updatedAt, long version) {
}
