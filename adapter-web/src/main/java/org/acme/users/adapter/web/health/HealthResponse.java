package org.acme.users.adapter.web.health;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The body of {@code GET /health}: {@code status} is {@code UP} or {@code DOWN}. */
@JsonPropertyOrder({"status", "persistence"})
public record HealthResponse(String status, PersistenceStatus persistence) {

    /** Which adapter serves the ports and which database it talks to. */
    @JsonPropertyOrder({"adapter", "database"})
    public record PersistenceStatus(String adapter, String database) {
    }
}
