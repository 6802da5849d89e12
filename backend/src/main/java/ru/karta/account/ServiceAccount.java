package ru.karta.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A script's service account: a confidential Keycloak client Karta created. Its secret lives only in Keycloak. */
@Entity
@Table(name = "service_account")
public class ServiceAccount {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "keycloak_id", nullable = false)
    public String keycloakId;

    /** The subject of its tokens (the client's service-account user). */
    @Column(nullable = false)
    public String subject;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "rotated_at")
    public Instant rotatedAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
