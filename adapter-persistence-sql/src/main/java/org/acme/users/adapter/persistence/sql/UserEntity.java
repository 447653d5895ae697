package org.acme.users.adapter.persistence.sql;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of the {@code users} table. The version is a plain column, not {@code @Version}: every change is a
 * conditional statement that compares it explicitly, so Hibernate's own optimistic locking has nothing to add.
 * The owner's two columns are both set or both null (no owner); an owner never changes, so no update writes them.
 */
@Entity(name = "UserEntity")
@Table(name = "users")
class UserEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "owner_issuer", updatable = false)
    private String ownerIssuer;

    @Column(name = "owner_subject", updatable = false)
    private String ownerSubject;

    @Column(name = "created_at", nullable = false, updatable = false, secondPrecision = 3)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false, secondPrecision = 3)
    private Instant updatedAt;

    @Column(name = "version", nullable = false)
    private long version;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOwnerIssuer() {
        return ownerIssuer;
    }

    public void setOwnerIssuer(String ownerIssuer) {
        this.ownerIssuer = ownerIssuer;
    }

    public String getOwnerSubject() {
        return ownerSubject;
    }

    public void setOwnerSubject(String ownerSubject) {
        this.ownerSubject = ownerSubject;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
