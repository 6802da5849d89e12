package ru.karta.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A Keycloak user (by subject) acting for one organisation, optionally as a known person. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String subject;

    @Column(nullable = false, unique = true)
    public String username;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** INVITED, ACTIVE or DISABLED (a person without an account row has none). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountState state = AccountState.ACTIVE;

    /** The roles granted in Karta, as Keycloak realm role names (Keycloak holds the same, the token carries them). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] roles = new String[0];

    @Column(name = "invited_at")
    public Instant invitedAt;

    @Column(name = "activated_at")
    public Instant activatedAt;
}
